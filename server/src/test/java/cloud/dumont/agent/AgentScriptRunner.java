package cloud.dumont.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Runs the agent script the way an instance does: a shell process with the agent's environment, its scratch space
 * ({@code TMPDIR}) in a test directory, and a stand-in {@code nvidia-smi} first on the PATH that prints the values of
 * {@code FAKE_GPU_UTIL} (one GPU each) or fails when it is unset, so GPU reports do not depend on the machine.
 * Outputs go to files, not pipes, so a loop left in the background cannot hold a run open.
 */
final class AgentScriptRunner {

    /**
     * A shell to run the script with; {@code busyboxTools} also puts busybox's tar, gzip, dd, sed... first on PATH, as
     * in an image where busybox is all there is besides curl.
     */
    record Shell(String name, List<String> command, boolean busyboxTools) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Outcome(int exitCode, String stdout, String stderr) {}

    /** Tools the script uses that busybox provides; curl it does not, and the shell's builtins need no file. */
    private static final List<String> BUSYBOX_TOOLS = List.of(
            "awk",
            "cat",
            "cut",
            "date",
            "dd",
            "du",
            "grep",
            "gzip",
            "head",
            "mkdir",
            "mv",
            "rm",
            "rmdir",
            "sed",
            "sha256sum",
            "sleep",
            "tar",
            "timeout",
            "tr",
            "wc");

    private static final AtomicInteger runs = new AtomicInteger();

    private final Path script;
    private final Path dir;
    private final Path tmp;
    private final Path fakeBin;

    AgentScriptRunner(Path script, Path dir) throws IOException {
        this.script = script;
        this.dir = dir;
        this.tmp = Files.createDirectories(dir.resolve("tmp"));
        this.fakeBin = Files.createDirectories(dir.resolve("bin"));
        executable(
                fakeBin.resolve("nvidia-smi"),
                "#!/bin/sh\n[ -n \"$FAKE_GPU_UTIL\" ] || exit 9\nfor u in $FAKE_GPU_UTIL; do echo \"$u\"; done\n");
    }

    /** sh, dash when it is there, and busybox's ash with busybox's tools when busybox is installed. */
    static Stream<Shell> shells() {
        List<Shell> shells = new ArrayList<>();
        shells.add(new Shell("sh", List.of("sh"), false));
        if (Files.isExecutable(Path.of("/bin/dash"))) {
            shells.add(new Shell("dash", List.of("/bin/dash"), false));
        }
        onPath("busybox").ifPresent(busybox -> shells.add(new Shell("busybox", List.of(busybox, "ash"), true)));
        return shells.stream();
    }

    /** Puts a stand-in for {@code tool} first on the PATH of the runs that follow. */
    void fake(String tool, String script) throws IOException {
        executable(fakeBin.resolve(tool), script);
    }

    /** The scratch directory the script gets as TMPDIR (its pid file and background log live there). */
    Path tmp() {
        return tmp;
    }

    Outcome run(Shell shell, String mode, Map<String, String> env) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(shell.command());
        command.add(script.toString());
        if (mode != null) {
            command.add(mode);
        }
        return runCommand(shell, command, env);
    }

    /** Runs {@code command} as the instance would run its entrypoint's arguments, with {@code shell}'s tools. */
    Outcome runCommand(Shell shell, List<String> command, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("DUMONT_") || k.equals("FAKE_GPU_UTIL"));
        String path = fakeBin + ":" + environment.getOrDefault("PATH", "/usr/bin:/bin");
        if (shell.busyboxTools()) {
            path = busyboxTools(shell.command().getFirst()) + ":" + path;
        }
        environment.put("PATH", path);
        environment.put("TMPDIR", tmp.toString());
        environment.putAll(env);
        int n = runs.incrementAndGet();
        Path out = dir.resolve("run-" + n + ".out");
        Path err = dir.resolve("run-" + n + ".err");
        Process process = builder.redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        if (!process.waitFor(Duration.ofSeconds(60).toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(shell + " " + command + " did not end within 60 s: " + Files.readString(err));
        }
        return new Outcome(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Path busyboxTools(String busybox) throws IOException {
        Path tools = dir.resolve("busybox-bin");
        if (!Files.isDirectory(tools)) {
            Files.createDirectories(tools);
            for (String tool : BUSYBOX_TOOLS) {
                executable(tools.resolve(tool), "#!/bin/sh\nexec " + busybox + " " + tool + " \"$@\"\n");
            }
        }
        return tools;
    }

    static Optional<String> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(d -> !d.isEmpty())
                .map(d -> Path.of(d, program))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst();
    }

    private static void executable(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Every regular file under {@code root} by relative path, with the SHA-256 of its bytes. */
    static Map<String, String> digests(Path root) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
