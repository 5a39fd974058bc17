package cloud.dumont.api.deployment;

/** Where a deployment runs. */
public enum DeploymentTarget {
    /** One instance rented on Vast.ai (or the built-in Vast.ai simulator). */
    vast,
    /** A DynamoGraphDeployment on a Kubernetes cluster with NVIDIA Dynamo (or the simulated cluster). */
    kubernetes
}
