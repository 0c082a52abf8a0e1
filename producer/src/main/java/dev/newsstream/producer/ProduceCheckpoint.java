package dev.newsstream.producer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code produce --checkpoint FILE}: which inputs the broker has acknowledged, so that a crawl feed rerun after a crash
 * neither resends an acknowledged page nor skips one that was not. An input is identified by its absolute path, size
 * and modification time (a re-crawled file is a new input). The file is rewritten atomically (temp file + rename) by
 * a background writer as acknowledgements arrive, so a crash leaves either the old or the new list, never half.
 *
 * <p>The one unavoidable window: a page the broker stored whose acknowledgement had not reached the file when the
 * process died is sent again on rerun (same key and bytes, so dedup reports it as SAME_URL).
 */
public final class ProduceCheckpoint implements AutoCloseable {
  private final Path file;
  private final Set<String> acked = new LinkedHashSet<>();
  private final Thread writer;
  private boolean dirty;
  private boolean closed;
  private IOException writeError;

  private ProduceCheckpoint(Path file, Set<String> initial) {
    this.file = file;
    this.acked.addAll(initial);
    this.writer = new Thread(this::writeLoop, "produce-checkpoint-writer");
    this.writer.setDaemon(true);
    this.writer.start();
  }

  public static ProduceCheckpoint open(Path file) {
    Set<String> initial = new LinkedHashSet<>();
    if (Files.exists(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank() && !line.startsWith("#")) {
            initial.add(line);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read checkpoint " + file, e);
      }
    }
    return new ProduceCheckpoint(file, initial);
  }

  /**
   * Checked before any page is sent: the checkpoint can be read (when it exists) and a file can be created beside
   * it (the atomic rewrite needs one). Otherwise the first acknowledgement's write would fail after pages went out.
   *
   * @throws IllegalArgumentException saying what is wrong with {@code file}
   */
  public static void checkUsable(Path file) {
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException("--checkpoint " + file + " is a directory; give a file name");
    }
    if (Files.exists(file) && !Files.isReadable(file)) {
      throw new IllegalArgumentException("--checkpoint " + file + " cannot be read");
    }
    Path dir = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--checkpoint " + file + ": directory " + dir + " does not exist");
    }
    try {
      Files.delete(Files.createTempFile(dir, file.getFileName().toString(), ".probe"));
    } catch (IOException e) {
      throw new IllegalArgumentException("--checkpoint " + file + ": cannot create files in " + dir + " ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  /** The identity of a page file: absolute path, size, modification time. */
  public static String identity(Path page) {
    try {
      return page.toAbsolutePath().normalize() + "\t" + Files.size(page) + "\t" + Files.getLastModifiedTime(page).toMillis();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stat " + page, e);
    }
  }

  public synchronized boolean isAcked(String identity) {
    return acked.contains(identity);
  }

  public synchronized int size() {
    return acked.size();
  }

  /** Called from the producer's acknowledgement callback; the writer thread persists it. */
  public synchronized void markAcked(String identity) {
    if (acked.add(identity)) {
      dirty = true;
      notifyAll();
    }
  }

  private void writeLoop() {
    while (true) {
      List<String> snapshot;
      synchronized (this) {
        while (!dirty && !closed) {
          try {
            wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (!dirty) {
          return;
        }
        snapshot = new ArrayList<>(acked);
        dirty = false;
      }
      try {
        write(snapshot);
      } catch (IOException e) {
        synchronized (this) {
          writeError = e;
        }
      }
    }
  }

  private void write(List<String> lines) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, lines, StandardCharsets.UTF_8);
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Writes whatever is pending and stops the writer; fails if the checkpoint could not be written. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      if (writeError != null) {
        throw new UncheckedIOException("could not write checkpoint " + file, writeError);
      }
    }
  }
}
