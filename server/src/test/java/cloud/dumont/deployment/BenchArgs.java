package cloud.dumont.deployment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A benchmark's command line: {@code --name value} pairs for the benchmark, and {@code --dumont.*=value} settings
 * handed to the application as they are.
 */
record BenchArgs(Map<String, String> named, List<String> springArgs) {

    static BenchArgs parse(String[] args) {
        Map<String, String> named = new HashMap<>();
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--dumont.")) {
                spring.add(args[i]);
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                named.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        return new BenchArgs(Map.copyOf(named), List.copyOf(spring));
    }

    String get(String name, String fallback) {
        return named.getOrDefault(name, fallback);
    }

    int getInt(String name, int fallback) {
        return named.containsKey(name) ? Integer.parseInt(named.get(name)) : fallback;
    }

    long getLong(String name, long fallback) {
        return named.containsKey(name) ? Long.parseLong(named.get(name)) : fallback;
    }

    double getDouble(String name, double fallback) {
        return named.containsKey(name) ? Double.parseDouble(named.get(name)) : fallback;
    }
}
