package cloud.dumont.sim.internal.apps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shell-ish splitting and flag lookup for container command lines. */
public final class CommandLine {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)");

    /** Env vars images commonly read extra flags from (A1111's and ComfyUI images'). */
    private static final List<String> ARG_CARRIERS =
            List.of("COMMANDLINE_ARGS", "CLI_ARGS", "WEBUI_FLAGS", "VLLM_ARGS");

    private CommandLine() {}

    /** Splits on whitespace, honouring single and double quotes. */
    public static List<String> split(String line) {
        List<String> tokens = new ArrayList<>();
        if (line == null) {
            return tokens;
        }
        StringBuilder current = new StringBuilder();
        char quote = 0;
        boolean inToken = false;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inToken = true;
            } else if (Character.isWhitespace(c) || c == ';' || c == '&') {
                if (inToken) {
                    tokens.add(current.toString());
                    current.setLength(0);
                    inToken = false;
                }
            } else {
                current.append(c);
                inToken = true;
            }
        }
        if (inToken) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    public static String expand(String text, Map<String, String> env) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(env.getOrDefault(name, m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    static List<String> withEnvArgs(List<String> command, Map<String, String> env) {
        List<String> tokens = new ArrayList<>(command);
        for (String carrier : ARG_CARRIERS) {
            if (env.containsKey(carrier)) {
                tokens.addAll(split(expand(env.get(carrier), env)));
            }
        }
        return tokens;
    }

    /** {@code --flag value} or {@code --flag=value}; null when absent. */
    static String option(List<String> tokens, String flag) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.equals(flag) && i + 1 < tokens.size()) {
                return tokens.get(i + 1);
            }
            if (token.startsWith(flag + "=")) {
                return token.substring(flag.length() + 1);
            }
        }
        return null;
    }

    /** The token after {@code word}, as in {@code vllm serve <model>}; null when absent. */
    static String after(List<String> tokens, String word) {
        int at = tokens.indexOf(word);
        return at >= 0 && at + 1 < tokens.size() && !tokens.get(at + 1).startsWith("-") ? tokens.get(at + 1) : null;
    }
}
