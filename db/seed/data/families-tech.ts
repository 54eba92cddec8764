import type { ProductFamily } from '../types';
import { diskCapacity, neutralColor, notebookMemory, phoneStorage } from './axes';

export const TECH_FAMILIES: readonly ProductFamily[] = [
  {
    category: 'smartphones',
    nouns: ['Smartphone', 'Celular'],
    qualifiers: ['Nova 5G', 'Pro Max', 'Lite', 'Ultra', 'Plus'],
    details: ['Tela AMOLED 6,5"', 'Câmera Tripla 50 MP', 'Bateria 5000 mAh'],
    brands: ['Orion', 'Lumina', 'Pixelar', 'Tupi Mobile'],
    price: [99900, 299900],
    axes: [neutralColor, phoneStorage],
    blurbs: [
      'Dual chip com 5G e NFC para pagar por aproximação.',
      'Carregamento rápido de 33 W.',
      'Atualizações de sistema garantidas por 4 anos.',
    ],
  },
  {
    category: 'fones-de-ouvido',
    nouns: ['Fone de Ouvido Bluetooth', 'Fone Intra-auricular', 'Headset Gamer', 'Headphone'],
    qualifiers: ['com Cancelamento de Ruído', 'Esportivo', 'Sem Fio', 'Over-ear'],
    details: ['30 h de Bateria', 'com Microfone', 'Resistente a Suor'],
    brands: ['Sonora', 'Eco Áudio', 'Batuque', 'Orion'],
    price: [7990, 189990],
    axes: [neutralColor],
    blurbs: [
      'Graves encorpados e voz cristalina nas chamadas.',
      'Conecta em dois aparelhos ao mesmo tempo.',
      'Estojo com carregamento USB-C.',
    ],
  },
  {
    category: 'caixas-de-som',
    nouns: ['Caixa de Som Bluetooth', 'Soundbar', 'Caixa de Som Portátil', 'Smart Speaker'],
    qualifiers: ['À Prova d’Água', 'Potente', 'Compacta', '360°'],
    details: ['20 W RMS', '40 W RMS', 'com Assistente de Voz', 'com Luzes'],
    brands: ['Sonora', 'Batuque', 'Eco Áudio'],
    price: [14990, 159990],
    axes: [neutralColor],
    blurbs: [
      'Leve para a praia, a piscina e o churrasco.',
      'Pareie duas caixas para som estéreo.',
      'Até 12 horas de música.',
    ],
  },
  {
    category: 'notebooks',
    nouns: ['Notebook', 'Ultrabook', 'Notebook Gamer', 'Chromebook'],
    qualifiers: ['14"', '15,6"', '13,3"', '16"'],
    details: ['Intel Core i5', 'Intel Core i7', 'AMD Ryzen 7', 'SSD 512 GB', 'Tela Full HD'],
    brands: ['Orion', 'Vértice', 'Pixelar', 'Atlas'],
    price: [229900, 349900],
    axes: [notebookMemory],
    blurbs: [
      'Teclado com ç e iluminação.',
      'Abre em segundos graças ao SSD NVMe.',
      'Carcaça de alumínio com menos de 1,5 kg.',
    ],
  },
  {
    category: 'perifericos',
    nouns: ['Mouse Sem Fio', 'Teclado Mecânico', 'Webcam Full HD', 'Mouse Gamer', 'Hub USB-C'],
    qualifiers: ['Ergonômico', 'Silencioso', 'Compacto', 'RGB'],
    details: ['ABNT2', 'Bluetooth', '7 Portas', '16000 DPI'],
    brands: ['Vértice', 'Atlas', 'Clique', 'Orion'],
    price: [4990, 89990],
    axes: [neutralColor],
    blurbs: [
      'Compatível com Windows, macOS e Linux.',
      'Pilhas ou bateria que duram meses.',
      'Plug and play: é só conectar.',
    ],
  },
  {
    category: 'armazenamento',
    nouns: ['SSD Externo', 'HD Externo', 'Pendrive', 'SSD NVMe'],
    qualifiers: ['Portátil', 'Ultra Rápido', 'Robusto'],
    details: ['USB 3.2', 'Leitura 1050 MB/s', 'à Prova de Quedas'],
    brands: ['Atlas', 'Memória Viva', 'Vértice'],
    price: [19990, 89990],
    axes: [diskCapacity],
    blurbs: [
      'Backup de fotos e projetos em minutos.',
      'Criptografia por hardware.',
      'Cabos USB-C e USB-A inclusos.',
    ],
  },
];
