package cloud.dumont.dynamo;

import java.util.List;

/** A configuration with every default filled in: what the manifest is made from. */
record ResolvedConfig(
        String modelId,
        String name,
        String namespace,
        DynamoEngine engine,
        boolean disaggregated,
        int replicas,
        String servedModelName,
        String routerMode,
        String hfTokenSecret,
        Integer contextLength,
        boolean enforceEager,
        Boolean prefixCaching,
        boolean trustRemoteCode,
        List<String> extraEngineArgs,
        int gpusPerReplica,
        String memory,
        String ephemeralStorage) {

    /** The service keys of this shape, frontend first. */
    List<String> serviceKeys() {
        return disaggregated
                ? List.of(DynamoManifests.FRONTEND, engine.prefillWorker, engine.decodeWorker)
                : List.of(DynamoManifests.FRONTEND, engine.aggregatedWorker);
    }
}
