package cloud.dumont.sim.internal.instance;

import cloud.dumont.sim.internal.apps.CommandLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code env} of a create request. Vast.ai wants a dict whose keys are env var names or
 * docker options ({@code {"HF_TOKEN": "hf_x", "-p 8000:8000": "1"}}); the OpenAPI file also
 * describes a docker-flags string ({@code "-e A=1 -p 8000:8000"}) and older clients send {@code
 * extra_env} as [key, value] pairs, so all three are read into the dict form.
 */
final class EnvSpec {

    private EnvSpec() {}

    static Map<String, String> parse(Object env, Object extraEnv) {
        Map<String, String> result = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (env instanceof String flags) {
            parseFlags(flags, result);
        } else if (env == null && extraEnv instanceof List<?> pairs) {
            for (Object pair : pairs) {
                if (pair instanceof List<?> kv && kv.size() == 2) {
                    result.put(String.valueOf(kv.get(0)), String.valueOf(kv.get(1)));
                }
            }
        } else if (env != null) {
            throw new LaunchException("invalid_args", "env must be an object of variables and docker options");
        }
        checkSizes(result);
        return result;
    }

    /** The CLI's {@code parse_env}: -e K=V becomes K, and -p/-h/-v/-n options become keys. */
    private static void parseFlags(String flags, Map<String, String> result) {
        List<String> tokens = CommandLine.split(flags);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            switch (token) {
                case "-e" -> {
                    int eq = next.indexOf('=');
                    if (eq > 0) {
                        result.put(next.substring(0, eq), next.substring(eq + 1));
                    }
                    i++;
                }
                case "-p", "-v", "-n" -> {
                    result.put(token + " " + next, "1");
                    i++;
                }
                case "-h" -> {
                    result.put("-h", next);
                    i++;
                }
                default -> {
                    // anything else the docker options field may hold is ignored, as the host would
                }
            }
        }
    }

    private static void checkSizes(Map<String, String> env) {
        int total = 0;
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (e.getValue().length() > 256 && !e.getKey().startsWith("-")) {
                throw new LaunchException("invalid_args", "env var " + e.getKey() + " is longer than 256 characters");
            }
            total += e.getKey().length() + e.getValue().length();
        }
        if (total > 32_768) {
            throw new LaunchException("invalid_args", "env is longer than 32768 characters in total");
        }
    }
}
