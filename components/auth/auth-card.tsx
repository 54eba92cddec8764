import type { ReactNode } from 'react';

/** The narrow centred panel of the sign-in, sign-up and link pages. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6 px-4 py-12">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <div className="flex flex-col gap-5 rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
        {children}
      </div>
    </div>
  );
}
