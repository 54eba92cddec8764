'use client';

import Form from 'next/form';
import type { ReactNode } from 'react';

/**
 * A GET form to /search that applies a filter as soon as a box is ticked; the URL it navigates
 * to holds the whole state, so results are shareable and the back button undoes a filter.
 * Without JavaScript the form's own submit button does the same.
 */
export function FacetForm({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Form
      id={id}
      action="/search"
      onChange={(event) => {
        // The sort select submits the form itself; submitting again would navigate twice.
        if (!(event.target instanceof HTMLSelectElement)) event.currentTarget.requestSubmit();
      }}
      className="contents"
    >
      {children}
    </Form>
  );
}
