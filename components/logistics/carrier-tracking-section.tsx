import { getDb } from '@/lib/db/client';
import { listCarriers } from '@/lib/logistics/carriers/carrier-admin';
import { CarrierTrackingForm } from './carrier-tracking-form';

/**
 * The admin order's carrier form with its choices: the active carriers, plus the order's own
 * carrier when it has since been deactivated (so saving the code alone does not drop it).
 */
export async function CarrierTrackingSection(props: {
  orderId: string;
  carrier: string | null;
  trackingCode: string | null;
}) {
  const all = await listCarriers(getDb());
  const choices = all
    .filter((c) => c.active || c.code === props.carrier)
    .map((c) => ({ code: c.code, name: c.name }));
  return <CarrierTrackingForm {...props} choices={choices} />;
}
