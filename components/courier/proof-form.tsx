'use client';

import { useTranslations } from 'next-intl';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { SignaturePad } from './signature-pad';

const MAX_PHOTO_EDGE = 1280;

/** A phone photo downscaled to a JPEG of at most 1280 px, well under the API's 2 MB. */
async function photoDataUrl(file: File): Promise<string> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_PHOTO_EDGE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/jpeg', 0.8);
}

type DeliverBody = { recipientName: string; code: string; signature?: string; photo?: string };

/** Proof of delivery: recipient's name, the code the shopper reads out, signature or photo. */
export function ProofForm({
  attemptsLeft,
  busy,
  onSubmit,
  onCancel,
}: {
  attemptsLeft: number;
  busy: boolean;
  onSubmit: (body: DeliverBody) => void;
  onCancel: () => void;
}) {
  const t = useTranslations('courierApp.proof');
  const [signature, setSignature] = useState<string | null>(null);
  const [photo, setPhoto] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  async function pickPhoto(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setPhoto(file ? await photoDataUrl(file) : null);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!signature && !photo) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const form = new FormData(event.currentTarget);
    onSubmit({
      recipientName: String(form.get('recipientName') ?? ''),
      code: String(form.get('code') ?? ''),
      ...(signature ? { signature } : { photo: photo! }),
    });
  }

  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-3 rounded-md bg-stone-50 p-3"
      data-testid="proof-form"
    >
      <h3 className="font-semibold">{t('title')}</h3>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-semibold">{t('recipient')}</span>
        <input
          name="recipientName"
          required
          minLength={2}
          maxLength={120}
          autoComplete="off"
          className="rounded-md border border-stone-400 bg-white px-2 py-2"
        />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-semibold">{t('code')}</span>
        <input
          name="code"
          required
          inputMode="numeric"
          pattern="[0-9 \-]{4,12}"
          autoComplete="one-time-code"
          aria-describedby="code-attempts"
          className="rounded-md border border-stone-400 bg-white px-2 py-2 font-mono text-lg tracking-widest"
        />
        <span id="code-attempts" className="text-xs text-stone-600">
          {t('attemptsLeft', { count: attemptsLeft })}
        </span>
      </label>
      <SignaturePad
        label={t('signature')}
        hint={t('signatureHint')}
        clearLabel={t('clear')}
        onChange={setSignature}
      />
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-semibold">{t('photo')}</span>
        <input
          type="file"
          accept="image/*"
          capture="environment"
          onChange={(e) => void pickPhoto(e)}
        />
      </label>
      {missing && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {t('missingProof')}
        </p>
      )}
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={busy}
          className="rounded-full bg-emerald-800 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        >
          {t('submit')}
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded-full border border-stone-400 bg-white px-4 py-2 text-sm font-semibold"
        >
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
