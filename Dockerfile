# One image for the producer and the streams app (both are subcommands of `newsstream`).
# Build: docker build -t newsstream .      (docker compose builds it for you)
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY schemas/pom.xml schemas/
COPY core/pom.xml core/
COPY local-kafka/pom.xml local-kafka/
COPY producer/pom.xml producer/
COPY streams-app/pom.xml streams-app/
COPY bench/pom.xml bench/
COPY cli/pom.xml cli/
RUN mvn -B -q dependency:go-offline -DskipTests || true
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# The cli module's jar runs every command (run, produce, ingest, lag, bench); its dependencies are in lib/.
COPY --from=build /src/cli/target/newsstream.jar /app/newsstream.jar
COPY --from=build /src/cli/target/lib /app/lib
COPY samples /app/samples
RUN useradd --system --uid 10001 newsstream && mkdir -p /var/lib/newsstream && chown newsstream /var/lib/newsstream
USER newsstream
ENV NEWSSTREAM_STATE_DIR=/var/lib/newsstream
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/newsstream.jar"]
CMD ["--help"]
