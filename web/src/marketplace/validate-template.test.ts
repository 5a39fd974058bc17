import { describe, expect, it } from 'vitest';

import { communityDetail } from '@/test/fixtures';

import { toMarketplaceTemplate } from './model';
import {
  emptyTemplateForm,
  newEnvRow,
  newPortRow,
  newVolumeRow,
  templateFormOf,
  toPublishRequest,
  toUpdateRequest,
  type TemplateFormValues,
} from './template-form';
import { validateTemplate } from './validate-template';

function valid(): TemplateFormValues {
  return {
    ...emptyTemplateForm(),
    slug: 'comfy-sdxl',
    name: 'ComfyUI SDXL',
    description: 'ComfyUI with SDXL ready to go.',
    category: 'image-generation',
    docker_image: 'ghcr.io/ada/comfy-sdxl:1.2',
    ports: [{ ...newPortRow(), port: '8188', health_path: '/' }],
    gpu_min_vram: '12',
  };
}

const publish = (values: TemplateFormValues) => validateTemplate(values, { mode: 'publish' });

describe('validateTemplate', () => {
  it('accepts a complete template', () => {
    expect(publish(valid())).toEqual({});
  });

  it('mirrors the server rules for slug, name, description and category', () => {
    for (const slug of ['Comfy', '-comfy', 'comfy-', 'co mfy', 'a'.repeat(65)]) {
      expect(publish({ ...valid(), slug }).slug).toBeDefined();
    }
    expect(publish({ ...valid(), slug: 'a' }).slug).toBeUndefined();
    expect(publish({ ...valid(), name: 'ab' }).name).toBe('3 to 120 characters');
    expect(publish({ ...valid(), description: 'short' }).description).toBeDefined();
    expect(publish({ ...valid(), category: 'games' }).category).toBe('Pick a category');
    // Editing cannot change the slug, so it is not checked.
    expect(validateTemplate({ ...valid(), slug: '' }, { mode: 'edit' }).slug).toBeUndefined();
  });

  it('checks tags, architectures, regions, links and versions', () => {
    expect(publish({ ...valid(), tags: 'ok, Not Ok' }).tags).toMatch(/“Not Ok”/);
    expect(
      publish({ ...valid(), tags: Array.from({ length: 11 }, (_, i) => `t${i}`).join(',') }).tags,
    ).toBe('At most 10 tags');
    expect(publish({ ...valid(), architectures: [] }).architectures).toBeDefined();
    expect(publish({ ...valid(), regions: 'US, x' }).regions).toMatch(/“x”/);
    expect(
      publish({ ...valid(), documentation_url: 'javascript:alert(1)' }).documentation_url,
    ).toBeDefined();
    expect(publish({ ...valid(), documentation_url: 'https://docs.example.org' })).toEqual({});
    expect(publish({ ...valid(), paper_doi: 'doi:10.1/x' }).paper_doi).toBeDefined();
    expect(publish({ ...valid(), paper_doi: '10.1038/s41586-024-00001-x' })).toEqual({});
    expect(publish({ ...valid(), version: '1.0' }).version).toBeDefined();
    expect(publish({ ...valid(), version: '2.0.0-rc.1' })).toEqual({});
    expect(publish({ ...valid(), license: 'MIT/Apache' }).license).toBeDefined();
  });

  it('checks the image, ports, env, volumes and GPU needs as the server names them', () => {
    expect(
      publish({ ...valid(), docker_image: 'Ghcr.io/Ada/App' })['spec.docker_image'],
    ).toBeDefined();
    expect(
      publish({ ...valid(), docker_image: 'localhost:5000/ada/app@sha256:' + 'a'.repeat(64) }),
    ).toEqual({});
    expect(publish({ ...valid(), ports: [] })['spec.ports']).toBe('1 to 20 ports');

    const ports = [
      { ...newPortRow(), port: '0' },
      { ...newPortRow(), port: '8188' },
      { ...newPortRow(), port: '8188', health_path: 'health' },
    ];
    const portErrors = publish({ ...valid(), ports });
    expect(portErrors['spec.ports[0].port']).toBe('A port from 1 to 65535');
    expect(portErrors['spec.ports[1].port']).toBeUndefined();
    expect(portErrors['spec.ports[2].port']).toBe('Port 8188 is listed twice');
    expect(portErrors['spec.ports[2].health_path']).toBeDefined();

    const env = [
      { ...newEnvRow(), name: 'HF_TOKEN', value: 'hf_abc' },
      { ...newEnvRow(), name: 'OPENAI_API_KEY', value: '<your-key>' },
      { ...newEnvRow(), name: 'DB_PASSWORD', value: '${DB_PASSWORD}' },
      { ...newEnvRow(), name: 'secret_sauce', value: 'x' },
      { ...newEnvRow(), name: '1BAD', value: '' },
      { ...newEnvRow(), name: 'MODE', value: 'fast' },
      { ...newEnvRow(), name: 'MODE', value: 'slow' },
      { ...newEnvRow(), name: '', value: 'orphan' },
    ];
    const envErrors = publish({ ...valid(), env });
    expect(envErrors['spec.env.HF_TOKEN']).toMatch(/Looks like a secret/);
    expect(envErrors['spec.env.OPENAI_API_KEY']).toBeUndefined();
    expect(envErrors['spec.env.DB_PASSWORD']).toBeUndefined();
    expect(envErrors['spec.env.secret_sauce']).toMatch(/Looks like a secret/);
    expect(envErrors['spec.env.1BAD']).toMatch(/variable name/);
    expect(envErrors['spec.env.MODE']).toBeUndefined();
    expect(envErrors['spec.env[6]']).toBe('MODE is set twice');
    expect(envErrors['spec.env[7]']).toBe('Name the variable');

    const volumes = ['/workspace', 'data', '/', '/workspace'].map((path) => ({
      ...newVolumeRow(),
      path,
    }));
    const volumeErrors = publish({ ...valid(), volumes });
    expect(Object.keys(volumeErrors)).toEqual([
      'spec.volumes[1]',
      'spec.volumes[2]',
      'spec.volumes[3]',
    ]);

    expect(publish({ ...valid(), gpu_min_vram: '' })['spec.gpu_min_vram']).toBeDefined();
    expect(publish({ ...valid(), gpu_min_vram: '200' })['spec.gpu_min_vram']).toBeDefined();
    expect(publish({ ...valid(), gpu_recommended_vram: '8' })['spec.gpu_recommended_vram']).toBe(
      'At least the minimum (12 GB)',
    );
    expect(publish({ ...valid(), cuda_version: '12' })['spec.cuda_version']).toBeDefined();
    expect(publish({ ...valid(), disk_gb: '5' })['spec.disk_gb']).toBe('10 to 2048 GB');
  });

  it('skips the spec when a deployment supplies it', () => {
    const fromDeployment = { ...valid(), specByHand: false, docker_image: '', ports: [] };
    expect(publish(fromDeployment)).toEqual({});
    expect(toPublishRequest(fromDeployment, 'dep-1')).not.toHaveProperty('spec');
    expect(toPublishRequest(fromDeployment, 'dep-1').from_deployment).toBe('dep-1');
  });
});

describe('toUpdateRequest', () => {
  const original = templateFormOf(toMarketplaceTemplate(communityDetail));

  it('sends metadata alone while the spec is unchanged', () => {
    const request = toUpdateRequest({ ...original, name: 'ComfyUI SDXL 2' }, original);
    expect(request.name).toBe('ComfyUI SDXL 2');
    expect(request).not.toHaveProperty('spec');
    expect(request).not.toHaveProperty('changelog');
  });

  it('sends the spec, version and changelog once the spec changed, and wants a changelog', () => {
    const changed = { ...original, docker_image: 'ghcr.io/ada/comfy-sdxl:1.3' };
    expect(validateTemplate(changed, { mode: 'edit', original }).changelog).toMatch(/Say what/);

    const request = toUpdateRequest({ ...changed, changelog: 'Image 1.3' }, original);
    expect(request.spec?.docker_image).toBe('ghcr.io/ada/comfy-sdxl:1.3');
    expect(request.spec?.env).toEqual({ HF_TOKEN: '<your-hf-token>', COMFY_ARGS: '--highvram' });
    expect(request.changelog).toBe('Image 1.3');
    expect(request.version).toBeUndefined();
  });
});
