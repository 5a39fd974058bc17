import { HardDrive, Network, Variable } from 'lucide-react';

import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';

import { DetailSection } from './DetailSection';
import type { PortSpec } from './template';

export function PortsSection({ ports }: { ports: PortSpec[] }) {
  return (
    <DetailSection
      icon={Network}
      title="Ports"
      description="What the container serves; Dumont checks the health path before calling it ready."
    >
      {ports.length === 0 ? (
        <p className="text-muted-foreground text-sm">This template exposes no ports.</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Port</TableHead>
              <TableHead>Service</TableHead>
              <TableHead>Health check</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {ports.map((port) => (
              <TableRow key={`${port.port}/${port.protocol}`}>
                <TableCell className="font-mono tabular-nums">
                  {port.port}
                  <span className="text-muted-foreground">/{port.protocol}</span>
                </TableCell>
                <TableCell>{port.label || '—'}</TableCell>
                <TableCell className="font-mono text-xs">
                  {port.health_path ?? <span className="text-muted-foreground">none</span>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </DetailSection>
  );
}

export function VolumesSection({ volumes }: { volumes: string[] }) {
  return (
    <DetailSection
      icon={HardDrive}
      title="Volumes"
      description="Paths whose contents outlive the container."
    >
      {volumes.length === 0 ? (
        <p className="text-muted-foreground text-sm">This template declares no volumes.</p>
      ) : (
        <ul className="space-y-1.5">
          {volumes.map((volume) => (
            <li key={volume} className="bg-muted/60 rounded-md px-3 py-1.5 font-mono text-[13px]">
              {volume}
            </li>
          ))}
        </ul>
      )}
    </DetailSection>
  );
}

export function EnvVarsSection({ envVars }: { envVars: Record<string, string> }) {
  const entries = Object.entries(envVars).sort(([a], [b]) => a.localeCompare(b));
  return (
    <DetailSection icon={Variable} title="Environment variables">
      {entries.length === 0 ? (
        <p className="text-muted-foreground text-sm">
          This template sets no environment variables.
        </p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Default value</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.map(([name, value]) => (
              <TableRow key={name}>
                <TableCell className="font-mono text-[13px]">{name}</TableCell>
                <TableCell className="font-mono text-[13px] whitespace-normal">
                  {value || <span className="text-muted-foreground font-sans">empty</span>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </DetailSection>
  );
}
