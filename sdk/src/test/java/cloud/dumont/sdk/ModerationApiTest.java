package cloud.dumont.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cloud.dumont.api.marketplace.FeatureRequest;
import cloud.dumont.api.marketplace.MarketplaceTemplate;
import cloud.dumont.api.marketplace.ReportRequest;
import cloud.dumont.api.marketplace.ReportResolution;
import cloud.dumont.api.marketplace.ReportResponse;
import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

@ExtendWith(DumontServerExtension.class)
class ModerationApiTest {

    private DumontClient admin;
    private DumontClient author;
    private DumontClient user;
    private MarketplaceTemplate template;

    @BeforeEach
    void setUp(DumontServer server) {
        admin = Users.admin(server);
        author = Users.signedUp(server, "Ada Author");
        user = Users.signedUp(server, "Rob Reporter");
        template = author.marketplace()
                .publish(Templates.whisper("moderated-" + Users.unique(), "Moderated " + Users.unique()));
    }

    @Test
    void anAdminSeesOpenReportsAndDismissesOne() {
        ReportResponse report =
                user.marketplace().report(template.id().toString(), new ReportRequest("malware", "Mines coins"));

        assertThat(admin.moderation().reports(null, null, null))
                .extracting(ReportResponse::id)
                .contains(report.id());
        assertThat(admin.moderation().reports("open", 0, 200))
                .filteredOn(r -> r.id().equals(report.id()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.templateId()).isEqualTo(template.id());
                    assertThat(r.reason()).isEqualTo("malware");
                    assertThat(r.details()).isEqualTo("Mines coins");
                });

        ReportResponse dismissed =
                admin.moderation().resolve(report.id(), new ReportResolution("dismiss", "False alarm"));

        assertThat(dismissed.status()).isEqualTo("dismissed");
        assertThat(dismissed.resolutionNote()).isEqualTo("False alarm");
        assertThat(dismissed.resolvedAt()).isNotNull();
        assertThat(admin.moderation().reports("open", 0, 200))
                .extracting(ReportResponse::id)
                .doesNotContain(report.id());
        assertThat(admin.moderation().reports("dismissed", 0, 200))
                .extracting(ReportResponse::id)
                .contains(report.id());
        // The template stays listed.
        assertThat(user.marketplace().get(template.id().toString()).unpublishedAt())
                .isNull();
        DumontException twice = catchThrowableOfType(DumontException.class, () -> admin.moderation()
                .resolve(report.id(), new ReportResolution("dismiss", null)));
        assertThat(twice.status()).isEqualTo(409);
    }

    @Test
    void anAdminFeaturesAndUnfeaturesATemplate() {
        FeatureRequest featured = admin.moderation().feature(new FeatureRequest(template.id(), 0));

        assertThat(featured.templateId()).isEqualTo(template.id());
        assertThat(featured.position()).isZero();
        assertThat(user.marketplace().featured())
                .filteredOn(t -> t.id().equals(template.id()))
                .singleElement()
                .satisfies(t -> assertThat(t.featured()).isTrue());

        admin.moderation().unfeature(template.id());

        assertThat(user.marketplace().featured())
                .extracting(MarketplaceTemplate::id)
                .doesNotContain(template.id());
        assertThat(user.marketplace().get(template.id().toString()).featured()).isFalse();
        DumontException unknown = catchThrowableOfType(
                DumontException.class, () -> admin.moderation().feature(new FeatureRequest(UUID.randomUUID(), null)));
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void aUserWhoIsNotAnAdminGets403() {
        ReportResponse report = user.marketplace().report(template.id().toString(), new ReportRequest("spam", null));

        assertForbidden(() -> user.moderation().reports(null, null, null));
        assertForbidden(() -> user.moderation().resolve(report.id(), new ReportResolution("dismiss", null)));
        assertForbidden(() -> author.moderation().feature(new FeatureRequest(template.id(), null)));
        assertForbidden(() -> author.moderation().unfeature(template.id()));
        assertThat(admin.moderation().reports("open", 0, 200))
                .filteredOn(r -> r.id().equals(report.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo("open"));
    }

    private static void assertForbidden(Executable call) {
        DumontException e = catchThrowableOfType(DumontException.class, call::execute);
        assertThat(e.status()).isEqualTo(403);
        assertThat(e.problem().detail()).isNotBlank();
    }
}
