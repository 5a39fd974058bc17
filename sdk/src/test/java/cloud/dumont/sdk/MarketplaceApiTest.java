package cloud.dumont.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cloud.dumont.api.catalog.PortSpec;
import cloud.dumont.api.marketplace.CategoryCount;
import cloud.dumont.api.marketplace.ForkRequest;
import cloud.dumont.api.marketplace.MarketplaceTemplate;
import cloud.dumont.api.marketplace.PublishRequest;
import cloud.dumont.api.marketplace.ReportRequest;
import cloud.dumont.api.marketplace.ReportResponse;
import cloud.dumont.api.marketplace.TemplateAnalytics;
import cloud.dumont.api.marketplace.TemplatePage;
import cloud.dumont.api.marketplace.TemplateSpec;
import cloud.dumont.api.marketplace.TemplateVersionResponse;
import cloud.dumont.api.marketplace.UpdateRequest;
import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DumontServerExtension.class)
class MarketplaceApiTest {

    private DumontClient author;
    private DumontClient other;
    private DumontClient anonymous;

    @BeforeEach
    void signUp(DumontServer server) {
        author = Users.signedUp(server, "Ada Author");
        other = Users.signedUp(server, "Otto Other");
        anonymous = Users.anonymous(server);
    }

    private MarketplaceTemplate published(String name) {
        return author.marketplace().publish(Templates.whisper("whisper-" + Users.unique(), name));
    }

    @Test
    void publishStoresTheFirstVersionAndGetAndMineShowIt() {
        String name = "Whisper Transcriber " + Users.unique();

        MarketplaceTemplate t = published(name);

        assertThat(t.id()).isNotNull();
        assertThat(t.name()).isEqualTo(name);
        assertThat(t.version()).isEqualTo("1.0.0");
        assertThat(t.official()).isFalse();
        assertThat(t.author().name()).isEqualTo("Ada Author");
        assertThat(t.quality().score()).isBetween(1, 100);
        assertThat(t.spec().env()).containsEntry("HF_TOKEN", "<your-token>");
        assertThat(t.spec().ports()).extracting(PortSpec::port).containsExactly(7000);

        MarketplaceTemplate got = anonymous.marketplace().get(t.id().toString());
        assertThat(got.id()).isEqualTo(t.id());
        assertThat(got.readme()).startsWith("# " + name);
        assertThat(author.marketplace().mine())
                .extracting(MarketplaceTemplate::id)
                .containsExactly(t.id());
        assertThat(other.marketplace().mine()).isEmpty();
    }

    @Test
    void aRejectedPublishIs422NamingEveryInvalidField() {
        TemplateSpec badSpec = new TemplateSpec(
                "Not An Image!",
                null,
                List.of(new PortSpec(70000, null, null, null)),
                Map.of("HF_TOKEN", "hf_realsecretvalue"),
                List.of("relative/path"),
                24,
                16,
                null,
                null,
                null);
        PublishRequest bad = new PublishRequest(
                "Bad Slug",
                "x",
                "short",
                "nope",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                badSpec,
                null);

        DumontException e = catchThrowableOfType(
                DumontException.class, () -> author.marketplace().publish(bad));

        assertThat(e.status()).isEqualTo(422);
        assertThat(e.problem().errors())
                .extracting(Problem.FieldError::field)
                .contains(
                        "slug",
                        "name",
                        "description",
                        "category",
                        "spec.docker_image",
                        "spec.ports[0].port",
                        "spec.env.HF_TOKEN",
                        "spec.volumes[0]",
                        "spec.gpu_recommended_vram");
        assertThat(e.problem().errors()).allSatisfy(f -> assertThat(f.message()).isNotBlank());
        assertThat(e.getMessage()).contains("spec.docker_image").doesNotContain("hf_realsecretvalue");
        assertThat(author.marketplace().mine()).isEmpty();
    }

    @Test
    void searchFindsByTextCategoryAndOfficial() {
        String word = "Zyzzyva" + Users.unique().replaceAll("[0-9]", "q");
        MarketplaceTemplate t = published(word + " Transcriber");

        TemplatePage byText =
                anonymous.marketplace().search(MarketplaceQuery.all().withText(word));
        TemplatePage audio = anonymous
                .marketplace()
                .search(MarketplaceQuery.all().withCategory("audio").withPage(0, 100));
        TemplatePage official = anonymous
                .marketplace()
                .search(MarketplaceQuery.all().withOfficial(true).withPage(0, 100));
        TemplatePage community = anonymous
                .marketplace()
                .search(MarketplaceQuery.all().withText(word).withOfficial(false));

        assertThat(byText.items()).extracting(MarketplaceTemplate::id).containsExactly(t.id());
        assertThat(byText.total()).isEqualTo(1);
        assertThat(audio.items()).isNotEmpty().allSatisfy(i -> assertThat(i.category())
                .isEqualTo("audio"));
        assertThat(audio.items()).extracting(MarketplaceTemplate::id).contains(t.id());
        assertThat(official.items()).isNotEmpty().allSatisfy(i -> assertThat(i.official())
                .isTrue());
        assertThat(official.items()).extracting(MarketplaceTemplate::slug).contains("jupyter-lab");
        assertThat(community.items()).extracting(MarketplaceTemplate::id).containsExactly(t.id());
        assertThat(official.facets()).containsKey("category");
    }

    @Test
    void updateVersionsAndYank() {
        MarketplaceTemplate t = published("Versioned " + Users.unique());
        String id = t.id().toString();

        MarketplaceTemplate metadata =
                author.marketplace().update(id, update("A better description of it.", null, null));
        assertThat(metadata.version()).isEqualTo("1.0.0");
        assertThat(metadata.description()).isEqualTo("A better description of it.");

        MarketplaceTemplate newVersion = author.marketplace()
                .update(id, update(null, "Whisper 1.3", Templates.spec("ghcr.io/acme/whisper-server:1.3")));
        assertThat(newVersion.version()).isEqualTo("1.1.0");

        List<TemplateVersionResponse> versions = anonymous.marketplace().versions(id);
        assertThat(versions).extracting(TemplateVersionResponse::version).containsExactly("1.1.0", "1.0.0");
        assertThat(versions.getFirst().latest()).isTrue();
        assertThat(versions.getFirst().changelog()).isEqualTo("Whisper 1.3");
        assertThat(versions.get(1).spec().dockerImage()).isEqualTo("ghcr.io/acme/whisper-server:1.2");

        DumontException notYours = catchThrowableOfType(
                DumontException.class, () -> other.marketplace().yank(id, "1.1.0"));
        assertThat(notYours.status()).isEqualTo(403);
        DumontException notOthers = catchThrowableOfType(
                DumontException.class, () -> other.marketplace().update(id, update("Mine now", null, null)));
        assertThat(notOthers.status()).isEqualTo(403);

        List<TemplateVersionResponse> yanked = author.marketplace().yank(id, "1.1.0");
        assertThat(yanked)
                .filteredOn(v -> v.version().equals("1.1.0"))
                .singleElement()
                .satisfies(v -> assertThat(v.yanked()).isTrue());
        assertThat(anonymous.marketplace().get(id).version()).isEqualTo("1.0.0");
        DumontException lastOne = catchThrowableOfType(
                DumontException.class, () -> author.marketplace().yank(id, "1.0.0"));
        assertThat(lastOne.status()).isEqualTo(409);
    }

    private static UpdateRequest update(String description, String changelog, TemplateSpec spec) {
        return new UpdateRequest(
                null,
                description,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                changelog,
                spec);
    }

    @Test
    void aForkRemembersWhereItCameFrom() {
        MarketplaceTemplate t = published("Fork Me " + Users.unique());

        MarketplaceTemplate fork =
                other.marketplace().fork(t.id().toString(), new ForkRequest("my-fork", "My Fork", null));

        assertThat(fork.id()).isNotEqualTo(t.id());
        assertThat(fork.name()).isEqualTo("My Fork");
        assertThat(fork.author().name()).isEqualTo("Otto Other");
        assertThat(fork.forkedFrom().templateId()).isEqualTo(t.id());
        assertThat(fork.forkedFrom().version()).isEqualTo("1.0.0");
        assertThat(fork.spec().dockerImage()).isEqualTo("ghcr.io/acme/whisper-server:1.2");
        assertThat(other.marketplace().mine())
                .extracting(MarketplaceTemplate::id)
                .containsExactly(fork.id());

        DumontException taken = catchThrowableOfType(DumontException.class, () -> other.marketplace()
                .fork(t.id().toString(), new ForkRequest("my-fork", null, null)));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.problem().errors())
                .extracting(Problem.FieldError::field)
                .containsExactly("slug");
    }

    @Test
    void analyticsOfANewTemplateCountNothingYet() {
        MarketplaceTemplate t = published("Measured " + Users.unique());

        TemplateAnalytics analytics = anonymous.marketplace().analytics(t.id().toString());

        assertThat(analytics.templateId()).isEqualTo(t.id());
        assertThat(analytics.launches()).isZero();
        assertThat(analytics.failed()).isZero();
        assertThat(analytics.successRate()).isNull();
    }

    @Test
    void categoriesFeaturedAndTrendingAreConsistentLists() {
        published("Counted " + Users.unique());

        List<CategoryCount> categories = anonymous.marketplace().categories();
        List<MarketplaceTemplate> featured = anonymous.marketplace().featured();
        List<MarketplaceTemplate> trending = anonymous.marketplace().trending();

        assertThat(categories).extracting(CategoryCount::category).contains("audio", "development");
        assertThat(categories)
                .filteredOn(c -> c.category().equals("audio"))
                .singleElement()
                .satisfies(c -> assertThat(c.templates()).isPositive());
        assertThat(categories).extracting(CategoryCount::templates).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(featured).allSatisfy(f -> assertThat(f.featured()).isTrue());
        assertThat(trending).allSatisfy(f -> assertThat(f.trendingScore()).isPositive());
        assertThat(trending)
                .extracting(MarketplaceTemplate::trendingScore)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aSecondReportWhileTheFirstIsOpenUpdatesIt() {
        MarketplaceTemplate t = published("Reported " + Users.unique());

        ReportResponse first =
                other.marketplace().report(t.id().toString(), new ReportRequest("spam", "Looks like spam"));
        ReportResponse second =
                other.marketplace().report(t.id().toString(), new ReportRequest("broken", "Does not start"));

        assertThat(first.templateId()).isEqualTo(t.id());
        assertThat(first.status()).isEqualTo("open");
        assertThat(first.reason()).isEqualTo("spam");
        assertThat(second.id()).isEqualTo(first.id());
        DumontException badReason = catchThrowableOfType(DumontException.class, () -> other.marketplace()
                .report(t.id().toString(), new ReportRequest("boring", null)));
        assertThat(badReason.status()).isIn(400, 422);
        assertThat(badReason.problem().errors())
                .extracting(Problem.FieldError::field)
                .contains("reason");
    }

    @Test
    void anUnpublishedTemplateLeavesSearchButStaysInMine() {
        String word = "Quokka" + Users.unique().replaceAll("[0-9]", "x");
        MarketplaceTemplate t = published(word + " Lab");
        assertThat(anonymous
                        .marketplace()
                        .search(MarketplaceQuery.all().withText(word))
                        .items())
                .extracting(MarketplaceTemplate::id)
                .containsExactly(t.id());

        DumontException notYours = catchThrowableOfType(
                DumontException.class, () -> other.marketplace().unpublish(t.id().toString()));
        assertThat(notYours.status()).isEqualTo(403);

        author.marketplace().unpublish(t.id().toString());

        assertThat(anonymous
                        .marketplace()
                        .search(MarketplaceQuery.all().withText(word))
                        .items())
                .isEmpty();
        assertThat(author.marketplace().mine()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(t.id());
            assertThat(m.unpublishedAt()).isNotNull();
        });
    }
}
