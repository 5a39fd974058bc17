package cloud.dumont.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The saved login, in {@code login.json} of the config directory. The directory is owner-only (0700) and the file is
 * created owner-only (0600) before the token is written to it, so the token is never readable by others, not even
 * for a moment. A half-written file cannot replace a good one: it is written beside and moved into place.
 */
public final class ConfigStore {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path directory;

    public ConfigStore(Path directory) {
        this.directory = directory;
    }

    public Path file() {
        return directory.resolve("login.json");
    }

    public Optional<SavedLogin> load() {
        Path file = file();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(Files.readAllBytes(file), SavedLogin.class));
        } catch (IOException | RuntimeException e) {
            throw new UserError("Cannot read " + file + " (" + e.getMessage() + "); run 'dumont login' again");
        }
    }

    public void save(SavedLogin login) {
        try {
            createPrivateDirectory();
            Path partial = Files.createTempFile(directory, "login", ".tmp", ownerOnly("rw-------"));
            try {
                Files.write(partial, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(login));
                move(partial, file());
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the login in " + directory, e);
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file(), e);
        }
    }

    private void createPrivateDirectory() throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, ownerOnly("rwx------"));
        }
        if (POSIX) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        if (!POSIX) {
            return new FileAttribute<?>[0];
        }
        Set<PosixFilePermission> set = PosixFilePermissions.fromString(permissions);
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(set)};
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
