package cloud.dumont.identity;

import cloud.dumont.identity.internal.UserEntity;
import cloud.dumont.identity.internal.UserRepository;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users' public names, for features that show who did something (reviews, authors). */
@Service
public class UserDirectory {

    private final UserRepository users;

    UserDirectory(UserRepository users) {
        this.users = users;
    }

    /** Display names of the users that exist among {@code ids}. */
    @Transactional(readOnly = true)
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        return users.findAllById(ids).stream().collect(Collectors.toMap(UserEntity::getId, UserEntity::getDisplayName));
    }
}
