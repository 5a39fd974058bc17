package cloud.dumont.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cloud.dumont.api.deployment.WarmPoolResponse;
import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Warm pools are the admins': they size one, see it fill, and empty it again. */
@ExtendWith(DumontServerExtension.class)
class WarmPoolsApiTest {

    // Not jupyter-lab, which the other tests deploy: a pool member must not take the offer one of them picked.
    private static final String TEMPLATE = "comfy-ui";

    @Test
    void anAdminSizesAPoolThatOrdersItsMembersAndEmptiesIt(DumontServer server) {
        WarmPoolsApi pools = Users.admin(server).warmPools();
        try {
            WarmPoolResponse sized = pools.configure(TEMPLATE, 1);

            assertThat(sized.templateSlug()).isEqualTo(TEMPLATE);
            assertThat(sized.minIdle()).isEqualTo(1);
            assertThat(sized.idle() + sized.starting()).isEqualTo(1);
            assertThat(pools.list())
                    .filteredOn(p -> p.templateSlug().equals(TEMPLATE))
                    .singleElement()
                    .satisfies(p -> assertThat(p.minIdle()).isEqualTo(1));
        } finally {
            WarmPoolResponse emptied = pools.configure(TEMPLATE, 0);
            assertThat(emptied.minIdle()).isZero();
            assertThat(emptied.idle() + emptied.starting()).isZero();
        }
    }

    @Test
    void usersMayNeitherSeeNorSizePools(DumontServer server) {
        WarmPoolsApi pools = Users.signedUp(server, "Pool Peeker").warmPools();

        assertThat(catchThrowableOfType(DumontException.class, pools::list).status())
                .isEqualTo(403);
        DumontException refused = catchThrowableOfType(DumontException.class, () -> pools.configure(TEMPLATE, 2));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.getMessage()).contains("administrator");
    }

    @Test
    void aPoolBeyondTenIsRejectedByField(DumontServer server) {
        DumontException rejected = catchThrowableOfType(
                DumontException.class, () -> Users.admin(server).warmPools().configure(TEMPLATE, 11));

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.problem().errors())
                .extracting(Problem.FieldError::field)
                .containsExactly("minIdle");
    }
}
