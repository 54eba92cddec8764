import type { estypes } from '@elastic/elasticsearch';

/** Mirrors loja_pt in PostgreSQL: lower-case, accent folding, Portuguese stop words and stemming. */
export const INDEX_SETTINGS: estypes.IndicesIndexSettings = {
  number_of_shards: 1,
  analysis: {
    filter: {
      loja_pt_stop: { type: 'stop', stopwords: '_portuguese_' },
      loja_pt_stemmer: { type: 'stemmer', language: 'light_portuguese' },
      loja_edge: { type: 'edge_ngram', min_gram: 2, max_gram: 20 },
    },
    analyzer: {
      loja_pt: {
        type: 'custom',
        tokenizer: 'standard',
        filter: ['lowercase', 'asciifolding', 'loja_pt_stop', 'loja_pt_stemmer'],
      },
      loja_folded: { type: 'custom', tokenizer: 'standard', filter: ['lowercase', 'asciifolding'] },
      // Edge n-grams at index time only: "cami" matches "camiseta" without a prefix query.
      loja_autocomplete: {
        type: 'custom',
        tokenizer: 'standard',
        filter: ['lowercase', 'asciifolding', 'loja_edge'],
      },
    },
  },
};

export const INDEX_MAPPINGS: estypes.MappingTypeMapping = {
  dynamic: 'strict',
  properties: {
    slug: { type: 'keyword' },
    name: {
      type: 'text',
      analyzer: 'loja_pt',
      fields: {
        folded: { type: 'text', analyzer: 'loja_folded' },
        autocomplete: {
          type: 'text',
          analyzer: 'loja_autocomplete',
          search_analyzer: 'loja_folded',
        },
      },
    },
    brand: { type: 'keyword', fields: { text: { type: 'text', analyzer: 'loja_pt' } } },
    categories_text: { type: 'text', analyzer: 'loja_pt' },
    options_text: { type: 'text', analyzer: 'loja_pt' },
    description: { type: 'text', analyzer: 'loja_pt' },
    category_ids: { type: 'keyword' },
    option_values: { type: 'keyword' },
    identifiers: { type: 'keyword' },
    min_price: { type: 'integer' },
    in_stock: { type: 'boolean' },
    sales_count: { type: 'integer' },
    created_at: { type: 'date' },
  },
};

/** One indexed product; its _id is the product id. */
export type IndexedProduct = {
  slug: string;
  name: string;
  brand: string | null;
  categories_text: string;
  options_text: string;
  description: string;
  category_ids: string[];
  option_values: string[];
  identifiers: string[];
  min_price: number;
  in_stock: boolean;
  sales_count: number;
  created_at: string;
};
