# Builds Draftline once and offers one image per side: docker build --target command-side (or query-side).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY shared-kernel shared-kernel
COPY platform platform
COPY command-side command-side
COPY query-side query-side
COPY web web
COPY standalone standalone
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre AS runtime
RUN useradd --system --uid 10001 draftline
USER draftline
WORKDIR /app
EXPOSE 8080

FROM runtime AS command-side
COPY --from=build /src/command-side/target/command-side-*-exec.jar /app/draftline.jar
ENTRYPOINT ["java", "-jar", "/app/draftline.jar"]

FROM runtime AS query-side
COPY --from=build /src/query-side/target/query-side-*-exec.jar /app/draftline.jar
ENTRYPOINT ["java", "-jar", "/app/draftline.jar"]
