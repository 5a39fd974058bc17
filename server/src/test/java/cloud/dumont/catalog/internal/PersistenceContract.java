package cloud.dumont.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.api.identity.ApiTokenRequest;
import cloud.dumont.api.identity.UserResponse;
import cloud.dumont.catalog.SemVer;
import cloud.dumont.catalog.StoredTemplate;
import cloud.dumont.catalog.TemplateRegistry;
import cloud.dumont.identity.Role;
import cloud.dumont.identity.internal.Accounts;
import cloud.dumont.identity.internal.ApiTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the schema and repositories must do on every database Dumont supports. Each subclass boots the application
 * against one database; the same migrations must run and the same rows come back.
 */
abstract class PersistenceContract {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OfficialCatalogSync sync;

    @Autowired
    TemplateRepository templates;

    @Autowired
    TemplateVersionRepository versions;

    @Autowired
    ModelRepository models;

    @Autowired
    TemplateRegistry registry;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens apiTokens;

    @Test
    void migrationsRunAndTheOfficialCatalogIsSeeded() {
        assertThat(count("templates")).isEqualTo(4);
        // Another test of this class may already have added a version; each template must have its current one.
        assertThat(count("template_versions")).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForObject(
                        "select count(*) from templates t where not exists (select 1 from template_versions v"
                                + " where v.template_id = t.id and v.version = t.current_version)",
                        Integer.class))
                .isZero();
        assertThat(count("models")).isEqualTo(8);
        assertThat(jdbc.queryForObject("select official from publishers where handle = 'dumont'", Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForList("select slug from templates where gpu_min_vram is null", String.class))
                .isEmpty();
    }

    @Test
    void jsonColumnsRoundTripThroughTheRepositories() {
        TemplateEntity comfy = templates.findOfficialBySlug("comfy-ui").orElseThrow();

        assertThat(comfy.launchSpec().ports()).singleElement().satisfies(p -> {
            assertThat(p.port()).isEqualTo(8188);
            assertThat(p.healthPath()).isEqualTo("/system_stats");
        });
        assertThat(comfy.launchSpec().volumes()).containsExactly("/workspace");
        assertThat(comfy.launchSpec().appAuth()).isEqualTo(cloud.dumont.catalog.AppAuth.PORTAL_TOKEN);
        assertThat(comfy.metadata().tags()).contains("comfyui");
        TemplateVersionEntity v1 =
                versions.findByTemplateIdAndVersion(comfy.getId(), "1.0.0").orElseThrow();
        assertThat(v1.getLaunchSpec()).isEqualTo(comfy.launchSpec());
        assertThat(models.findById("Qwen/Qwen3-0.6B").orElseThrow().definition().supportedEngines())
                .containsExactly("vllm", "sglang", "trtllm");
    }

    @Test
    void syncingAgainChangesNothing() {
        List<String> before = jdbc.queryForList("select id || version from template_versions order by 1", String.class);

        sync.run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForList("select id || version from template_versions order by 1", String.class))
                .isEqualTo(before);
        assertThat(count("templates")).isEqualTo(4);
        assertThat(count("models")).isEqualTo(8);
    }

    @Test
    void aChangedLaunchSpecBecomesANewVersionAndTheOldOneStays() {
        TemplateEntity vllm = templates.findOfficialBySlug("vllm").orElseThrow();
        String current = vllm.getCurrentVersion();
        // Pretend the stored version was built from a different spec than the one shipped now.
        jdbc.update(
                "update template_versions set spec_hash = 'older' where template_id = ? and version = ?",
                vllm.getId(),
                current);

        sync.run(new DefaultApplicationArguments());

        String next = SemVer.nextMinor(current);
        assertThat(templates.findOfficialBySlug("vllm").orElseThrow().getCurrentVersion())
                .isEqualTo(next);
        assertThat(versions.findByTemplateIdOrderByCreatedAtAsc(vllm.getId()))
                .extracting(TemplateVersionEntity::getVersion)
                .contains(current, next);
    }

    @Test
    void pagingByIdWalksEveryTemplateOnceInTheDatabasesOrder() {
        List<UUID> all = jdbc.queryForList("select id from templates order by id", UUID.class);

        for (int size : new int[] {1, 3, 100}) {
            List<UUID> walked = new ArrayList<>();
            UUID after = null;
            for (List<StoredTemplate> page = registry.pageAfter(null, size);
                    !page.isEmpty();
                    page = registry.pageAfter(after, size)) {
                assertThat(page).hasSizeLessThanOrEqualTo(size);
                assertThat(page).allSatisfy(t -> assertThat(t.publisherHandle()).isEqualTo("dumont"));
                page.forEach(t -> walked.add(t.id()));
                after = page.getLast().id();
            }
            assertThat(walked).as("pages of %d", size).isEqualTo(all);
        }
    }

    @Test
    void usersAndApiTokensPersist() {
        UserResponse user = accounts.create(
                "Persist-" + System.nanoTime() + "@Example.com", "a long password", "Persist", Role.USER);
        assertThat(user.email()).isEqualTo(user.email().toLowerCase());

        String secret =
                apiTokens.create(user.id(), new ApiTokenRequest("ci", 7)).token();

        assertThat(apiTokens.authenticate(secret)).contains(user.id());
        assertThat(apiTokens.authenticate(secret + "x")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from api_tokens where token_hash = ?", Integer.class, secret))
                .isZero();
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
