import { describe, expect, it } from 'vitest';

import {
  applyCommands,
  initialForm,
  localErrors,
  manifestName,
  splitArgs,
  toConfig,
} from './dynamo-form';

describe('dynamo-form', () => {
  it('splits extra args like a shell, keeping quoted JSON as one token', () => {
    expect(splitArgs(`--max-num-seqs 64  --kv-events-config '{"a": 1}' --x "b c"`)).toEqual([
      '--max-num-seqs',
      '64',
      '--kv-events-config',
      '{"a": 1}',
      '--x',
      'b c',
    ]);
    expect(splitArgs('   ')).toEqual([]);
  });

  it('sends only what was filled in, with numbers as numbers', () => {
    const form = { ...initialForm('vllm', false), replicas: ' 3 ', prefixCaching: 'off' as const };
    expect(toConfig(form)).toEqual({
      name: undefined,
      namespace: undefined,
      engine: 'vllm',
      mode: 'aggregated',
      replicas: 3,
      hf_token_secret: undefined,
      router_mode: 'none',
      served_model_name: undefined,
      context_length: undefined,
      enforce_eager: undefined,
      prefix_caching: false,
      trust_remote_code: undefined,
      extra_engine_args: undefined,
      gpus_per_replica: 1,
      memory: undefined,
    });
    expect(initialForm('sglang', true).hfTokenSecret).toBe('hf-token-secret');
  });

  it('catches numbers that are not whole before asking the server', () => {
    const form = { ...initialForm('vllm', false), replicas: '1.5', contextLength: 'lots' };
    expect(localErrors(form)).toEqual({
      replicas: 'must be a whole number',
      context_length: 'must be a whole number',
    });
    expect(localErrors(initialForm('vllm', false))).toEqual({});
  });

  it('reads the generated name from a preview and writes the commands to apply it', () => {
    const yaml =
      'apiVersion: nvidia.com/v1alpha1\nmetadata:\n  name: qwen3-0-6b-vllm\n  namespace: default\n';
    expect(manifestName(yaml)).toBe('qwen3-0-6b-vllm');
    expect(manifestName(undefined)).toBeUndefined();

    const withSecret = applyCommands('llm', 'team', 'hf-token-secret', 'Qwen/Qwen3-0.6B');
    expect(withSecret).toContain('kubectl create secret generic hf-token-secret');
    expect(withSecret).toContain('kubectl port-forward svc/llm-frontend 8000:8000 -n team');
    expect(withSecret).toContain('"model":"Qwen/Qwen3-0.6B"');
    expect(applyCommands('llm', 'team', '', 'm')).not.toContain('secret');
  });
});
