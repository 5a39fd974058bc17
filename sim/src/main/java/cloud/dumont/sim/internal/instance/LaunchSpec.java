package cloud.dumont.sim.internal.instance;

import cloud.dumont.sim.internal.apps.CommandLine;
import cloud.dumont.sim.internal.apps.PortSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A create request ({@code PUT /api/v0/asks/{id}/}) read and checked as Vast.ai documents it. The
 * CLI sends every field, most as null, so null always means "not given".
 *
 * @param runtype echoed as {@code image_runtype}, in whichever spelling the client used
 * @param price the bid for an interruptible instance; null for on-demand
 */
public record LaunchSpec(
        String image,
        Map<String, String> env,
        List<String> args,
        String onstart,
        String runtype,
        double diskGb,
        String label,
        Double price,
        boolean startStopped,
        String imageLogin) {

    private static final Pattern PORT_OPTION = Pattern.compile("-p\\s+(?:\\S+:)?(\\d+)(?:/(tcp|udp))?");
    private static final Pattern IMAGE_LOGIN = Pattern.compile("-u\\s+\\S+\\s+-p\\s+\\S+(\\s+\\S+)?");
    private static final int MAX_PORTS = 64;

    public static LaunchSpec parse(Map<String, Object> body) {
        String image = string(body.get("image"));
        if (image == null || image.isBlank()) {
            if (string(body.get("template_hash_id")) != null || body.get("template_id") != null) {
                throw new LaunchException("invalid_args", "templates are not simulated; send image, env and runtype");
            }
            throw new LaunchException("invalid_args", "image is required");
        }
        if (image.length() > 1024) {
            throw new LaunchException("invalid_args", "image is longer than 1024 characters");
        }
        String label = string(body.get("label"));
        if (label != null && label.length() > 256) {
            throw new LaunchException("invalid_args", "label is longer than 256 characters");
        }
        String imageLogin = string(body.get("image_login"));
        if (imageLogin != null
                && !imageLogin.isBlank()
                && !IMAGE_LOGIN.matcher(imageLogin.trim()).matches()) {
            throw new LaunchException("invalid_args", "error 400/3483: Invalid args: invalid or suspect image login");
        }
        List<String> args = args(body.get("args"), string(body.get("args_str")));
        String onstart = string(body.get("onstart"));
        if (length(args) + (onstart == null ? 0 : onstart.length()) > 4096) {
            throw new LaunchException("invalid_args", "args and onstart are longer than 4096 characters together");
        }
        String runtype = string(body.get("runtype"));
        if (runtype == null || runtype.isBlank()) {
            runtype = body.get("args") != null || body.get("args_str") != null ? "args" : "ssh";
        }
        return new LaunchSpec(
                image.trim(),
                EnvSpec.parse(body.get("env"), body.get("extra_env")),
                args,
                onstart,
                runtype.trim(),
                disk(body.get("disk")),
                label,
                price(body.get("price")),
                "stopped".equals(string(body.get("target_state"))),
                imageLogin);
    }

    /**
     * The container ports Vast.ai would map: every {@code -p} in env, 22 for direct SSH, 8080 for
     * Vast's direct Jupyter, and the port the Jupyter Docker Stacks images EXPOSE.
     */
    public List<PortSpec> ports() {
        Set<PortSpec> ports = new LinkedHashSet<>();
        for (String key : env.keySet()) {
            Matcher m = PORT_OPTION.matcher(key);
            while (m.find()) {
                int port = m.group(1).length() > 5 ? Integer.MAX_VALUE : Integer.parseInt(m.group(1));
                if (port >= 1 && port <= 65535) { // "identity" ports above 70000 cannot be bound here
                    ports.add(new PortSpec(port, m.group(2) == null ? "tcp" : m.group(2)));
                }
            }
        }
        if (hasRuntype("ssh_direc") || hasRuntype("ssh_direct")) {
            ports.add(PortSpec.tcp(22));
        }
        if (vastJupyter()) {
            ports.add(PortSpec.tcp(8080));
        }
        String lower = image.toLowerCase(Locale.ROOT);
        if (lower.startsWith("quay.io/jupyter/") || lower.startsWith("jupyter/")) {
            ports.add(PortSpec.tcp(8888));
        }
        return ports.stream().limit(MAX_PORTS).toList();
    }

    /** ssh and jupyter runtypes replace the entrypoint with Vast's, which runs sshd. */
    public boolean sshEnabled() {
        return !runtype.equals("args");
    }

    /** Vast.ai runs its own Jupyter for the jupyter runtypes. */
    public boolean vastJupyter() {
        return runtype.toLowerCase(Locale.ROOT).contains("jupyter");
    }

    /** Args and onstart as tokens, with {@code $VAR}s resolved from env, for the apps to read. */
    public List<String> commandTokens() {
        List<String> tokens = new ArrayList<>();
        for (String arg : args) {
            tokens.add(CommandLine.expand(arg, env));
        }
        if (onstart != null) {
            tokens.addAll(CommandLine.split(CommandLine.expand(onstart, env)));
        }
        return tokens;
    }

    /** The runtype family for {@code status_msg}: "success, running image_tag/ssh". */
    public String runtypeFamily() {
        if (runtype.equals("args")) {
            return "args";
        }
        return vastJupyter() ? "jupyter" : "ssh";
    }

    private boolean hasRuntype(String token) {
        return List.of(runtype.split("\\s+")).contains(token);
    }

    private static List<String> args(Object args, String argsStr) {
        if (args instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (args instanceof String s) {
            return CommandLine.split(s);
        }
        return argsStr == null ? List.of() : CommandLine.split(argsStr);
    }

    private static int length(List<String> args) {
        return args.stream().mapToInt(String::length).sum() + args.size();
    }

    private static double disk(Object value) {
        if (value == null) {
            return 8.0; // the documented default
        }
        double gb = number(value, "disk");
        if (gb <= 0) {
            throw new LaunchException("invalid_args", "disk must be a positive number of GB");
        }
        return gb;
    }

    private static Double price(Object value) {
        if (value == null) {
            return null;
        }
        double price = number(value, "price");
        if (price < 0.001 || price > 128) {
            throw new LaunchException("invalid_price", "price must be between 0.001 and 128 $/h");
        }
        return price;
    }

    private static double number(Object value, String field) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new LaunchException("invalid_args", field + " must be a number");
        }
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
