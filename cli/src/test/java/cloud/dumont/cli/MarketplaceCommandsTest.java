package cloud.dumont.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.api.identity.SignupRequest;
import cloud.dumont.api.marketplace.MarketplaceTemplate;
import cloud.dumont.sdk.DumontClient;
import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

@ExtendWith(DumontServerExtension.class)
class MarketplaceCommandsTest {

    private static final String PASSWORD = "marketplace-test-password";

    @TempDir
    Path dir;

    /** A user of their own, with a CLI logged in as them and an SDK client holding their token. */
    private record User(CliTester cli, DumontClient client) {}

    private static User newUser(DumontServer server) {
        String email = "mkt-" + UUID.randomUUID() + "@example.org";
        DumontClient anonymous = DumontClient.builder(server.baseUrl()).build();
        anonymous.auth().signup(new SignupRequest(email, PASSWORD, "Marketplace Tester"));
        CliTester cli = new CliTester(server);
        CliTester.Result login = cli.login(email, PASSWORD);
        assertThat(login.exitCode()).as(login.toString()).isZero();
        String token = anonymous.auth().login(email, PASSWORD).accessToken();
        return new User(cli, anonymous.withToken(token));
    }

    /** A word no other template has, so a search for it finds only this test's template. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("zephyr");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private Path templateFile(String slug, String name, String image) throws Exception {
        Path file = dir.resolve(slug + ".yaml");
        Files.writeString(
                file,
                """
                slug: %s
                name: %s
                description: Transcribes audio with Whisper on a GPU, fast.
                category: audio
                tags: [whisper, speech]
                architectures: [x86_64]
                regions: [US]
                license: MIT
                documentation_url: https://example.org/docs
                readme: |
                  # %s

                  Upload audio and get text back. %s
                spec:
                  docker_image: %s
                  launch_command: ""
                  ports:
                    - port: 7000
                      protocol: http
                      label: App
                      health_path: /health
                  env:
                    HF_TOKEN: <your-token>
                    MODE: fast
                  volumes: [/workspace]
                  gpu_min_vram: 8
                  gpu_recommended_vram: 12
                  cuda_version: "12.1"
                  disk_gb: 30
                  app_auth: portal_token
                """
                        .formatted(slug, name, name, "Plenty of words to read here. ".repeat(10), image));
        return file;
    }

    private static CliTester.Result ok(CliTester.Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    private static CliTester.Result searchUntilFound(CliTester cli, String word, String id) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            CliTester.Result search = ok(cli.run("marketplace", "search", word));
            if (search.out().contains(id) || Instant.now().isAfter(deadline)) {
                return search;
            }
            Thread.sleep(250);
        }
    }

    @Test
    void publishedFromYamlItIsFoundReviewedForkedAndLaunched(DumontServer server) throws Exception {
        User author = newUser(server);
        User other = newUser(server);
        String word = uniqueWord();
        String name = "Whisper " + word;

        CliTester.Result publish = ok(author.cli()
                .run(
                        "marketplace",
                        "publish",
                        "-f",
                        templateFile("whisper-" + word, name, "ghcr.io/acme/whisper:1.2")
                                .toString()));

        List<MarketplaceTemplate> mine = author.client().marketplace().mine();
        assertThat(mine).singleElement().satisfies(t -> assertThat(t.name()).isEqualTo(name));
        MarketplaceTemplate published = mine.getFirst();
        String id = published.id().toString();
        MarketplaceTemplate stored = author.client().marketplace().get(id);
        assertThat(stored.spec().dockerImage()).isEqualTo("ghcr.io/acme/whisper:1.2");
        assertThat(stored.spec().ports().getFirst().healthPath()).isEqualTo("/health");
        assertThat(stored.spec().env()).containsEntry("HF_TOKEN", "<your-token>");
        assertThat(stored.readme()).startsWith("# " + name + "\n\nUpload audio");
        assertThat(publish.out())
                .contains("Published " + name + " 1.0.0 as " + id)
                .contains("dumont launch marketplace:" + id);
        assertThat(publish.err()).isEmpty();

        // Anyone finds it by a word of its name: one row, the page line after the table.
        CliTester searcher = new CliTester(server);
        CliTester.Result search = searchUntilFound(searcher, word, id);
        List<String> lines = search.out().lines().toList();
        assertThat(lines.getFirst())
                .startsWith("ID")
                .contains("NAME", "AUTHOR", "RATING", "LAUNCHES", "VERSION", "CATEGORY");
        assertThat(lines.get(1)).startsWith(id).contains(name, "1.0.0", "audio");
        assertThat(lines.getLast()).isEqualTo("page 1 of 1, 1 result");
        JsonNode found = ok(searcher.run("marketplace", "search", word, "--category", "audio", "-o", "json"))
                .json();
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("id").asString()).isEqualTo(id);
        assertThat(ok(searcher.run("marketplace", "search", word, "--category", "video", "-o", "json"))
                        .json()
                        .get("total")
                        .asLong())
                .isZero();

        // Another user reviews it; its rating shows on the template.
        CliTester.Result review = ok(other.cli()
                .run(
                        "marketplace",
                        "review",
                        id,
                        "--rating",
                        "4",
                        "--title",
                        "Fast and accurate",
                        "--comment",
                        "Transcribed an hour of audio in minutes.",
                        "--use-case",
                        "podcasts"));
        assertThat(review.out()).contains("4/5").contains("Fast and accurate");
        JsonNode info =
                ok(searcher.run("marketplace", "info", id, "-o", "json")).json();
        assertThat(info.get("rating").get("average").asDouble()).isEqualTo(4.0);
        assertThat(info.get("rating").get("count").asInt()).isEqualTo(1);
        assertThat(info.get("spec").get("docker_image").asString()).isEqualTo("ghcr.io/acme/whisper:1.2");
        CliTester.Result details = ok(searcher.run("marketplace", "info", id));
        assertThat(details.out())
                .contains("Name:")
                .contains(name)
                .containsPattern("Rating: +4\\.0 \\(1\\)")
                .containsPattern("Image: +ghcr\\.io/acme/whisper:1\\.2")
                .containsPattern("Ports: +7000/http \\(App\\)")
                .containsPattern("VRAM: +8 GB minimum, 12 GB recommended")
                .containsPattern("License: +MIT")
                .contains("README:\n  # " + name);
        JsonNode reviews =
                ok(searcher.run("marketplace", "reviews", id, "-o", "json")).json();
        assertThat(reviews.get("items").get(0).get("title").asString()).isEqualTo("Fast and accurate");
        assertThat(reviews.get("items").get(0).get("use_case").asString()).isEqualTo("podcasts");

        // The other user forks it into their own templates.
        CliTester.Result fork =
                ok(other.cli().run("marketplace", "fork", id, "--slug", "my-" + word, "--name", "My " + name));
        List<MarketplaceTemplate> forks = other.client().marketplace().mine();
        assertThat(forks).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("My " + name);
            assertThat(f.slug()).isEqualTo("my-" + word);
        });
        String forkId = forks.getFirst().id().toString();
        assertThat(fork.out()).contains(forkId).contains("dumont launch marketplace:" + forkId);
        JsonNode forkInfo =
                ok(other.cli().run("marketplace", "info", forkId, "-o", "json")).json();
        assertThat(forkInfo.get("forked_from").get("template_id").asString()).isEqualTo(id);
        assertThat(forkInfo.get("forked_from").get("version").asString()).isEqualTo("1.0.0");
        assertThat(ok(other.cli().run("marketplace", "info", forkId)).out())
                .containsPattern("Forked from: +" + name + " 1\\.0\\.0 by ");

        // The other user launches the original on the simulated cloud and waits for it to run.
        CliTester.Result launch = other.cli().run("launch", "marketplace:" + id, "--wait", "--timeout", "3m");
        String deploymentId = null;
        try {
            deploymentId = other.client().deployments().list().stream()
                    .filter(d -> d.status().live())
                    .map(d -> d.id().toString())
                    .findFirst()
                    .orElse(null);
            assertThat(launch.exitCode()).as(launch.toString()).isZero();
            assertThat(launch.out())
                    .containsPattern("Status: +running")
                    .contains(name)
                    .contains(deploymentId);
        } finally {
            if (deploymentId != null) {
                ok(other.cli().run("deployments", "destroy", deploymentId));
            }
        }
        assertThat(author.client().marketplace().get(id).launches()).isEqualTo(1);
    }

    @Test
    void theAuthorUpdatesYanksAndUnpublishes(DumontServer server) throws Exception {
        User author = newUser(server);
        String word = uniqueWord();
        String name = "Whisper " + word;
        Path file = templateFile("whisper-" + word, name, "ghcr.io/acme/whisper:1.2");
        ok(author.cli().run("marketplace", "publish", "-f", file.toString()));
        String id = author.client().marketplace().mine().getFirst().id().toString();

        // The same file with a new image and a changelog publishes 1.1.0; its slug is skipped.
        Path changed = dir.resolve("changed.yaml");
        Files.writeString(
                changed,
                Files.readString(file).replace("whisper:1.2", "whisper:1.3") + "changelog: Whisper large-v3\n");
        CliTester.Result update = ok(author.cli().run("marketplace", "update", id, "-f", changed.toString()));
        assertThat(update.out()).contains("to version 1.1.0");
        assertThat(author.client().marketplace().get(id).spec().dockerImage()).isEqualTo("ghcr.io/acme/whisper:1.3");

        JsonNode versions = ok(author.cli().run("marketplace", "versions", id, "-o", "json"))
                .json();
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).get("version").asString()).isEqualTo("1.1.0");
        assertThat(versions.get(0).get("changelog").asString()).isEqualTo("Whisper large-v3");

        CliTester.Result yank = ok(author.cli().run("marketplace", "yank", id, "1.0.0"));
        assertThat(yank.out()).contains("Yanked version 1.0.0");
        assertThat(author.client().marketplace().versions(id))
                .filteredOn(v -> v.version().equals("1.0.0"))
                .singleElement()
                .satisfies(v -> assertThat(v.yanked()).isTrue());

        // Someone else may neither change nor unpublish it.
        User stranger = newUser(server);
        CliTester.Result refused = stranger.cli().run("marketplace", "unpublish", id);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("Error: ");
        assertThat(author.client().marketplace().get(id).unpublishedAt()).isNull();

        // ...but may report it to the admins.
        JsonNode report = ok(stranger.cli()
                        .run(
                                "marketplace",
                                "report",
                                id,
                                "--reason",
                                "broken",
                                "--details",
                                "Health check never passes",
                                "-o",
                                "json"))
                .json();
        assertThat(report.get("status").asString()).isEqualTo("open");
        DumontClient admin = DumontClient.builder(server.baseUrl()).build();
        admin = admin.withToken(admin.auth()
                .login(DumontServer.ADMIN_EMAIL, DumontServer.ADMIN_PASSWORD)
                .accessToken());
        assertThat(admin.moderation().reports("open", 0, 100))
                .filteredOn(r -> r.id().toString().equals(report.get("id").asString()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.templateId().toString()).isEqualTo(id);
                    assertThat(r.reason()).isEqualTo("broken");
                    assertThat(r.details()).isEqualTo("Health check never passes");
                });

        CliTester.Result unpublish = ok(author.cli().run("marketplace", "unpublish", id));
        assertThat(unpublish.out()).contains("Unpublished " + name).contains("running deployments of it go on");
        assertThat(author.client().marketplace().get(id).unpublishedAt()).isNotNull();
        JsonNode mine =
                ok(author.cli().run("marketplace", "mine", "-o", "json")).json();
        assertThat(mine.get(0).get("id").asString()).isEqualTo(id);
        assertThat(mine.get(0).get("unpublished_at").isNull()).isFalse();
        assertThat(ok(author.cli().run("marketplace", "mine")).out()).contains("unpublished");
    }

    @Test
    void aRejectedPublishNamesEveryBadFieldOnItsOwnLineAndPublishesNothing(DumontServer server) throws Exception {
        User author = newUser(server);
        Path file = dir.resolve("bad.yaml");
        Files.writeString(
                file,
                """
                slug: Not A Slug
                name: Broken
                description: Something that will not pass the pipeline.
                category: toys
                architectures: [x86_64]
                spec:
                  docker_image: "NOT AN IMAGE"
                  ports: [{port: 7000, protocol: http, health_path: /health}]
                """);

        CliTester.Result publish = author.cli().run("marketplace", "publish", "-f", file.toString());

        assertThat(publish.exitCode()).as(publish.toString()).isEqualTo(1);
        assertThat(publish.out()).isEmpty();
        List<String> lines = publish.err().lines().toList();
        assertThat(lines.getFirst()).startsWith("Error: Template rejected").doesNotContain("spec.docker_image");
        assertThat(lines.subList(1, lines.size()))
                .anySatisfy(l -> assertThat(l).startsWith("  slug: "))
                .anySatisfy(l -> assertThat(l).startsWith("  category: one of "))
                .anySatisfy(l -> assertThat(l).startsWith("  spec.docker_image: "));
        assertThat(author.client().marketplace().mine()).isEmpty();

        // A misspelt field is named before anything is sent.
        Path typo = dir.resolve("typo.yaml");
        Files.writeString(typo, "slug: ok\nname: Typo\nspec:\n  dockr_image: ghcr.io/acme/app:1\n");
        CliTester.Result misspelt = author.cli().run("marketplace", "publish", "-f", typo.toString());
        assertThat(misspelt.exitCode()).isEqualTo(1);
        assertThat(misspelt.err().lines().toList())
                .singleElement()
                .asString()
                .isEqualTo("Error: " + typo + ": unknown field 'spec.dockr_image'");

        Path wrongType = dir.resolve("wrong-type.yaml");
        Files.writeString(wrongType, "slug: ok\nname: Typo\nspec:\n  docker_image: a/b:1\n  gpu_min_vram: lots\n");
        CliTester.Result notANumber = author.cli().run("marketplace", "publish", "-f", wrongType.toString());
        assertThat(notANumber.exitCode()).isEqualTo(1);
        assertThat(notANumber.err()).startsWith("Error: " + wrongType + " line 5: spec.gpu_min_vram: ");

        CliTester.Result missing = author.cli()
                .run("marketplace", "publish", "-f", dir.resolve("nope.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("Error: No such file: ");
        assertThat(author.client().marketplace().mine()).isEmpty();
    }

    @Test
    void jsonOutputIsOneDocumentTheApiRecordsAsTheyAre(DumontServer server) {
        CliTester cli = new CliTester(server);

        JsonNode official = ok(cli.run("marketplace", "list", "--official", "--size", "2", "-o", "json"))
                .json();
        assertThat(official.get("size").asInt()).isEqualTo(2);
        assertThat(official.get("items").size()).isEqualTo(2);
        assertThat(official.get("total").asLong()).isGreaterThanOrEqualTo(4);
        official.get("items")
                .forEach(t -> assertThat(t.get("official").asBoolean()).isTrue());
        assertThat(official.get("facets").has("category")).isTrue();

        JsonNode second = ok(cli.run("marketplace", "list", "--official", "--size", "2", "--page", "2", "-o", "json"))
                .json();
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("items").get(0).get("id").asString())
                .isNotEqualTo(official.get("items").get(0).get("id").asString());

        JsonNode search =
                ok(cli.run("marketplace", "search", "jupyter", "-o", "json")).json();
        assertThat(search.get("items").get(0).get("slug").asString()).isEqualTo("jupyter-lab");

        JsonNode info =
                ok(cli.run("marketplace", "info", "jupyter-lab", "-o", "json")).json();
        assertThat(info.get("slug").asString()).isEqualTo("jupyter-lab");
        assertThat(info.get("author").get("verified").asBoolean()).isTrue();
        assertThat(info.get("spec").get("docker_image").asString()).isNotBlank();

        assertThat(ok(cli.run("marketplace", "featured", "-o", "json")).json().isArray())
                .isTrue();
        assertThat(ok(cli.run("marketplace", "trending", "-o", "json")).json().isArray())
                .isTrue();
        assertThat(ok(cli.run("marketplace", "versions", "jupyter-lab", "-o", "json"))
                        .json()
                        .get(0)
                        .has("version"))
                .isTrue();

        // In table mode an official template is named by its slug and its verified author is marked.
        CliTester.Result table = ok(cli.run("marketplace", "list", "--official"));
        assertThat(table.out()).containsPattern("(?m)^jupyter-lab +.*✓");
        assertThat(table.out().lines().toList().getLast()).matches("page 1 of 1, \\d+ results");
    }

    @Test
    void badOptionsAreUsageErrors(DumontServer server) {
        CliTester cli = new CliTester(server);

        assertThat(cli.run("marketplace", "list", "--official", "--community").exitCode())
                .isEqualTo(2);
        assertThat(cli.run("marketplace", "list", "--sort", "cheapest").exitCode())
                .isEqualTo(2);
        assertThat(cli.run("marketplace", "list", "--page", "0").exitCode()).isEqualTo(2);
        assertThat(cli.run("marketplace", "search").exitCode()).isEqualTo(2);
        assertThat(cli.run("marketplace", "review", "x", "--rating", "9", "--title", "t")
                        .exitCode())
                .isEqualTo(2);
        assertThat(cli.run("marketplace", "report", "x", "--reason", "boring").exitCode())
                .isEqualTo(2);
    }

    @Test
    void everySubcommandHasHelpWithExamples(DumontServer server) {
        CliTester cli = new CliTester(server);
        List<String> subcommands = List.of(
                "list",
                "search",
                "info",
                "featured",
                "trending",
                "versions",
                "publish",
                "update",
                "unpublish",
                "yank",
                "mine",
                "review",
                "reviews",
                "fork",
                "report");

        CliTester.Result parent = ok(cli.run("marketplace", "--help"));
        assertThat(parent.out()).contains("Examples");
        for (String name : subcommands) {
            assertThat(parent.out()).containsPattern("(?m)^ +" + name + "\\b");
            CliTester.Result help = cli.run("marketplace", name, "--help");
            assertThat(help.exitCode()).as(name + ": " + help).isZero();
            assertThat(help.out())
                    .as(name)
                    .contains("Usage: dumont marketplace " + name)
                    .contains("Examples:");
            assertThat(help.out().toLowerCase(Locale.ROOT)).contains("dumont marketplace " + name);
        }
    }
}
