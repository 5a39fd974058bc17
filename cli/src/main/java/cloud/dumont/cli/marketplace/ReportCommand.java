package cloud.dumont.cli.marketplace;

import cloud.dumont.api.marketplace.ReportRequest;
import cloud.dumont.api.marketplace.ReportResponse;
import cloud.dumont.cli.CommandBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "report",
        description = "Report a template to the admins (reporting it again while your report is open updates it).",
        footer = {
            "",
            "Examples:",
            "  dumont marketplace report 3f6c1c2e-8d1b-4b8e-9a4e-2f1d0c9b7a61 --reason secrets"
                    + " --details 'The env holds a real API key'",
            "  dumont marketplace report 3f6c1c2e-8d1b-4b8e-9a4e-2f1d0c9b7a61 --reason broken"
        })
final class ReportCommand extends CommandBase {

    enum Reason {
        malware,
        secrets,
        spam,
        license,
        broken,
        other
    }

    @Parameters(paramLabel = "TEMPLATE", description = "Template id")
    String template;

    @Option(
            names = "--reason",
            required = true,
            paramLabel = "REASON",
            description = "malware, secrets, spam, license, broken or other")
    Reason reason;

    @Option(names = "--details", paramLabel = "TEXT", description = "What is wrong, at most 2000 characters")
    String details;

    @Override
    protected int execute() {
        ReportResponse r = client().marketplace().report(template, new ReportRequest(reason.name(), details));
        output().done(
                        "Reported " + r.templateName() + " (" + r.templateId() + ") for " + r.reason()
                                + "; the admins will look at it (report " + r.id() + ", " + r.status() + ").",
                        r);
        return 0;
    }
}
