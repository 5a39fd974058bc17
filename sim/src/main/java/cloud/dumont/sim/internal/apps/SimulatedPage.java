package cloud.dumont.sim.internal.apps;

/**
 * The HTML every simulated app serves to people, so nobody mistakes a simulated instance for a
 * real one.
 */
final class SimulatedPage {

    private SimulatedPage() {}

    static String render(String appName, AppContext ctx, int containerPort, String extraHtml) {
        return """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Simulated %1$s · Dumont</title></head>
                <body style="font-family: system-ui, sans-serif; max-width: 46rem; margin: 3rem auto; line-height: 1.5">
                <h1>Simulated %1$s</h1>
                <p id="simulated-notice"><strong>This is a SIMULATED %1$s instance run by Dumont's Vast.ai \
                simulator — no GPU is attached.</strong></p>
                <p>Instance %2$d · image <code>%3$s</code> · container port %4$d · reported hardware: %5$d× %6$s \
                (simulated)</p>
                %7$s
                </body>
                </html>
                """
                .formatted(
                        escape(appName),
                        ctx.instanceId(),
                        escape(ctx.image()),
                        containerPort,
                        ctx.numGpus(),
                        escape(ctx.gpuName()),
                        extraHtml);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
