package cloud.dumont.api.machines;

import java.util.List;

/**
 * Machines with recorded attempts, one page in the order asked for, and every GPU model's aggregate.
 *
 * @param total machines that match the filter, over all pages
 */
public record MachineHistoryResponse(List<MachineSummary> machines, int total, List<GpuModelHistory> gpuModels) {}
