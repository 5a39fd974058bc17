import { Rocket } from 'lucide-react';

import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

export function DeployPanel({ templateName }: { templateName: string }) {
  return (
    <Card
      aria-labelledby="deploy-heading"
      role="region"
      className="border-primary/30 from-primary/10 bg-gradient-to-b to-transparent"
    >
      <CardHeader>
        <CardTitle className="flex items-center gap-2 text-base">
          <Rocket className="text-primary size-4" aria-hidden="true" />
          <h2 id="deploy-heading">Deploy {templateName}</h2>
        </CardTitle>
        <CardDescription id="deploy-status">
          One-click deployment is coming in the next release
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Button className="w-full" disabled aria-describedby="deploy-status">
          <Rocket aria-hidden="true" />
          Deploy
        </Button>
      </CardContent>
    </Card>
  );
}
