/**
 * The apps a simulated instance runs on its loopback ports: JupyterLab, ComfyUI, SD WebUI, vLLM
 * or a plain container page, each answering its health path and saying plainly it is simulated.
 */
package cloud.dumont.sim.internal.apps;
