import 'server-only';
import type { ReactNode } from 'react';
import { isFeatureEnabled, type FeatureName } from '@/lib/features';

type FeatureGateProps = { name: FeatureName; children: ReactNode; fallback?: ReactNode };

/** Renders its children only while the flag is on; the same flag guards the matching API. */
export function FeatureGate({ name, children, fallback = null }: FeatureGateProps) {
  return isFeatureEnabled(name) ? children : fallback;
}
