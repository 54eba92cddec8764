/**
 * CEP prefix → approximate coordinates [lat, lng], the geocoder of last resort.
 *
 * Source and precision, honestly: hand-compiled for Loja from Correios' published CEP
 * structure (region → sub-region → sector, see https://www.correios.com.br/enviar/precisa-de-ajuda/tudo-sobre-cep)
 * and the public coordinates of each area's main city or neighbourhood (IBGE municipal seats,
 * rounded to ~0.01°, about 1 km). It is NOT a true centroid of every CEP in the prefix:
 * - 5-digit keys (a few well-known streets) are within a few hundred metres;
 * - 3-digit keys inside the São Paulo and Rio de Janeiro capitals are neighbourhood-level (±3 km);
 * - other 3-digit keys point at the sector's main city (±20 km for the city, more for rural CEPs);
 * - 4-digit keys mark a city inside a sector (Foz do Iguaçu);
 * - 2-digit keys cover every Correios sub-region and point at its main city (±100 km in the
 *   interior); every valid 3-digit sector without its own key resolves through its sub-region.
 * Good enough to pick a zone and a distance band; route planning should prefer a geocoder
 * (GEOCODER_URL) for street-level points.
 */
export const CEP_CENTROIDS: Readonly<Record<string, readonly [number, number]>> = {
  // Known streets (5 digits)
  '01001': [-23.5505, -46.634], // Praça da Sé
  '01310': [-23.5614, -46.6559], // Av. Paulista
  '04538': [-23.5868, -46.6823], // Itaim Bibi
  '05508': [-23.5596, -46.7312], // Cidade Universitária
  '20040': [-22.9035, -43.1766], // Centro, Rio
  '22021': [-22.9685, -43.1822], // Copacabana
  '70040': [-15.7995, -47.8645], // Esplanada dos Ministérios
  '30130': [-19.9245, -43.9352], // Centro, Belo Horizonte
  '80010': [-25.4297, -49.2711], // Centro, Curitiba
  '90010': [-30.0277, -51.2287], // Centro Histórico, Porto Alegre
  '40020': [-12.973, -38.512], // Centro, Salvador
  '50010': [-8.0631, -34.8711], // Santo Antônio, Recife
  '60060': [-3.7275, -38.5275], // Centro, Fortaleza

  // 0: Greater São Paulo. Capital sectors at neighbourhood level.
  '01': [-23.55, -46.64],
  '010': [-23.548, -46.636],
  '011': [-23.53, -46.64],
  '012': [-23.54, -46.655],
  '013': [-23.558, -46.65],
  '014': [-23.568, -46.665],
  '015': [-23.57, -46.628],
  '02': [-23.49, -46.62],
  '020': [-23.5, -46.625],
  '021': [-23.51, -46.59],
  '022': [-23.465, -46.6],
  '023': [-23.455, -46.575],
  '024': [-23.48, -46.64],
  '025': [-23.505, -46.665],
  '026': [-23.475, -46.685],
  '027': [-23.49, -46.7],
  '028': [-23.46, -46.69],
  '029': [-23.48, -46.72],
  '03': [-23.55, -46.57],
  '030': [-23.545, -46.61],
  '031': [-23.555, -46.595],
  '032': [-23.585, -46.56],
  '033': [-23.54, -46.575],
  '034': [-23.56, -46.54],
  '035': [-23.525, -46.535],
  '036': [-23.515, -46.545],
  '037': [-23.505, -46.52],
  '038': [-23.5, -46.48],
  '039': [-23.6, -46.49],
  '04': [-23.62, -46.66],
  '040': [-23.59, -46.635],
  '041': [-23.615, -46.625],
  '042': [-23.61, -46.6],
  '043': [-23.645, -46.645],
  '044': [-23.68, -46.65],
  '045': [-23.6, -46.67],
  '046': [-23.63, -46.68],
  '047': [-23.65, -46.705],
  '048': [-23.72, -46.7],
  '049': [-23.69, -46.77],
  '05': [-23.55, -46.72],
  '050': [-23.525, -46.69],
  '051': [-23.47, -46.74],
  '052': [-23.42, -46.76],
  '053': [-23.53, -46.73],
  '054': [-23.565, -46.69],
  '055': [-23.575, -46.73],
  '056': [-23.6, -46.72],
  '057': [-23.63, -46.76],
  '058': [-23.66, -46.77],
  '06': [-23.532, -46.792], // Osasco
  '064': [-23.51, -46.876], // Barueri
  '067': [-23.603, -46.919], // Cotia
  '07': [-23.454, -46.533], // Guarulhos
  '077': [-23.32, -46.73], // Caieiras / Franco da Rocha
  '08': [-23.55, -46.44], // São Paulo, zona leste
  '080': [-23.495, -46.445],
  '081': [-23.5, -46.4],
  '082': [-23.54, -46.455],
  '083': [-23.59, -46.45],
  '084': [-23.56, -46.41],
  '085': [-23.523, -46.188],
  '086': [-23.523, -46.188],
  '087': [-23.523, -46.188], // Mogi
  '088': [-23.53, -46.305], // Suzano
  '089': [-23.4, -46.32], // Arujá / Santa Isabel
  '09': [-23.663, -46.538], // Santo André
  '096': [-23.694, -46.565], // São Bernardo do Campo
  '097': [-23.694, -46.565],
  '095': [-23.623, -46.551], // São Caetano do Sul
  '099': [-23.686, -46.622], // Diadema

  // 1: São Paulo state interior and coast
  '10': [-23.55, -46.634], // unused by Correios; capital as a stand-in
  '11': [-23.961, -46.333], // Santos
  '113': [-24.006, -46.402], // Praia Grande
  '116': [-23.623, -45.412], // Caraguatatuba / litoral norte
  '117': [-24.181, -46.788], // Itanhaém / litoral sul
  '12': [-23.179, -45.887], // São José dos Campos
  '120': [-23.026, -45.555], // Taubaté
  '125': [-22.811, -45.192], // Guaratinguetá
  '129': [-22.952, -46.542], // Bragança Paulista
  '13': [-22.906, -47.061], // Campinas
  '132': [-23.186, -46.884], // Jundiaí
  '134': [-22.725, -47.649], // Piracicaba
  '135': [-22.411, -47.561], // Rio Claro
  '136': [-22.565, -47.401], // Limeira
  '137': [-21.969, -46.798], // São João da Boa Vista
  '138': [-22.437, -46.823], // Mogi Mirim / Mogi Guaçu
  '14': [-21.178, -47.81], // Ribeirão Preto
  '144': [-20.539, -47.401], // Franca
  '148': [-21.795, -48.175], // Araraquara
  '15': [-20.812, -49.381], // São José do Rio Preto
  '157': [-20.278, -50.246], // Fernandópolis / Jales
  '16': [-21.209, -50.433], // Araçatuba
  '17': [-22.315, -49.061], // Bauru
  '175': [-22.214, -49.946], // Marília
  '18': [-23.502, -47.458], // Sorocaba
  '182': [-23.587, -48.053], // Itapetininga
  '186': [-22.884, -48.445], // Botucatu
  '189': [-22.974, -49.87], // Ourinhos
  '19': [-22.126, -51.389], // Presidente Prudente
  '198': [-22.662, -50.412], // Assis

  // 2: Rio de Janeiro and Espírito Santo. Rio capital sectors at neighbourhood level.
  '20': [-22.906, -43.173],
  '200': [-22.904, -43.178],
  '201': [-22.91, -43.2],
  '202': [-22.92, -43.22],
  '203': [-22.905, -43.235],
  '205': [-22.915, -43.25],
  '207': [-22.895, -43.28],
  '209': [-22.88, -43.255],
  '21': [-22.86, -43.3], // zona norte
  '213': [-22.85, -43.32],
  '215': [-22.87, -43.37],
  '219': [-22.81, -43.2],
  '22': [-22.97, -43.2], // zona sul
  '220': [-22.97, -43.185],
  '222': [-22.945, -43.185],
  '224': [-22.984, -43.217],
  '226': [-22.995, -43.365],
  '227': [-22.94, -43.35],
  '228': [-22.99, -43.45],
  '23': [-22.9, -43.56], // zona oeste
  '230': [-22.9, -43.56],
  '235': [-22.915, -43.685],
  '24': [-22.883, -43.104], // Niterói
  '244': [-22.827, -43.054],
  '245': [-22.827, -43.054], // São Gonçalo
  '248': [-22.744, -42.859], // Itaboraí
  '25': [-22.785, -43.311], // Duque de Caxias
  '256': [-22.505, -43.178],
  '257': [-22.505, -43.178], // Petrópolis
  '259': [-22.412, -42.966], // Teresópolis
  '26': [-22.759, -43.451], // Nova Iguaçu
  '27': [-22.523, -44.104], // Volta Redonda
  '275': [-22.469, -44.447], // Resende
  '28': [-21.754, -41.324], // Campos dos Goytacazes
  '286': [-22.282, -42.531], // Nova Friburgo
  '289': [-22.879, -42.019], // Cabo Frio
  '279': [-22.371, -41.787], // Macaé
  '29': [-20.315, -40.312], // Vitória
  '291': [-20.33, -40.29], // Vila Velha
  '293': [-20.849, -41.113], // Cachoeiro de Itapemirim
  '297': [-19.539, -40.631], // Colatina
  '299': [-19.391, -40.072], // Linhares

  // 3: Minas Gerais
  '30': [-19.917, -43.934],
  '31': [-19.87, -43.95], // Belo Horizonte
  '32': [-19.932, -44.054], // Contagem
  '326': [-19.968, -44.198], // Betim
  '33': [-19.77, -43.85], // Santa Luzia / Ribeirão das Neves
  '34': [-19.985, -43.846], // Nova Lima
  '349': [-19.619, -43.227], // Itabira
  '35': [-19.468, -42.536], // Ipatinga
  '350': [-18.851, -41.949], // Governador Valadares
  '355': [-20.139, -44.884], // Divinópolis
  '357': [-19.466, -44.247], // Sete Lagoas
  '36': [-21.764, -43.35], // Juiz de Fora
  '362': [-21.226, -43.773], // Barbacena
  '37': [-21.551, -45.43], // Varginha
  '375': [-22.23, -45.936], // Pouso Alegre
  '377': [-21.788, -46.561], // Poços de Caldas
  '38': [-18.918, -48.277], // Uberlândia
  '380': [-19.747, -47.939], // Uberaba
  '385': [-18.579, -46.518], // Patos de Minas
  '39': [-16.735, -43.862], // Montes Claros
  '398': [-17.857, -41.505], // Teófilo Otoni

  // 4: Bahia and Sergipe
  '40': [-12.971, -38.501],
  '41': [-12.95, -38.45], // Salvador
  '42': [-12.85, -38.32], // Lauro de Freitas / Camaçari
  '43': [-12.67, -39.1], // Recôncavo (Cruz das Almas)
  '44': [-12.266, -38.966], // Feira de Santana
  '449': [-11.304, -41.856], // Irecê
  '45': [-14.866, -40.839], // Vitória da Conquista
  '452': [-13.857, -40.084], // Jequié
  '456': [-14.785, -39.28], // Itabuna / Ilhéus
  '458': [-16.449, -39.065], // Porto Seguro
  '459': [-17.542, -39.742], // Teixeira de Freitas
  '46': [-13.42, -41.86], // Chapada / Brumado area
  '47': [-12.152, -44.99], // Barreiras
  '472': [-13.255, -43.418], // Bom Jesus da Lapa
  '48': [-12.136, -38.419], // Alagoinhas
  '486': [-9.406, -38.214], // Paulo Afonso
  '489': [-9.412, -40.503], // Juazeiro
  '49': [-10.947, -37.073], // Aracaju
  '494': [-10.683, -37.425], // Itabaiana

  // 5: Pernambuco, Alagoas, Paraíba, Rio Grande do Norte
  '50': [-8.054, -34.881],
  '51': [-8.11, -34.91],
  '52': [-8.03, -34.92], // Recife
  '53': [-8.009, -34.855], // Olinda / Paulista
  '54': [-8.113, -35.015], // Jaboatão dos Guararapes
  '55': [-8.283, -35.976], // Caruaru
  '552': [-8.89, -36.493], // Garanhuns
  '56': [-8.42, -37.05], // Arcoverde / sertão
  '563': [-9.389, -40.503], // Petrolina
  '569': [-7.985, -38.296], // Serra Talhada
  '57': [-9.665, -35.735], // Maceió
  '573': [-9.752, -36.661], // Arapiraca
  '58': [-7.115, -34.863], // João Pessoa
  '584': [-7.23, -35.881], // Campina Grande
  '587': [-7.025, -37.275], // Patos
  '59': [-5.795, -35.209], // Natal
  '596': [-5.188, -37.344], // Mossoró

  // 6: Ceará, Piauí, Maranhão, Pará, Amapá, Amazonas, Roraima, Acre
  '60': [-3.732, -38.527],
  '61': [-3.77, -38.6], // Fortaleza metro
  '62': [-3.686, -40.35], // Sobral
  '63': [-7.213, -39.315], // Juazeiro do Norte
  '635': [-6.359, -39.298], // Iguatu
  '64': [-5.089, -42.801], // Teresina
  '642': [-2.905, -41.776], // Parnaíba
  '646': [-7.077, -41.467], // Picos
  '648': [-6.767, -43.022], // Floriano
  '65': [-2.53, -44.302], // São Luís
  '656': [-4.859, -43.356], // Caxias
  '659': [-5.526, -47.478], // Imperatriz
  '66': [-1.455, -48.49], // Belém
  '67': [-1.366, -48.372], // Ananindeua
  '68': [-2.443, -54.708], // Santarém
  '683': [-3.203, -52.206], // Altamira
  '685': [-5.369, -49.117], // Marabá
  '686': [-2.997, -47.353], // Paragominas
  '689': [0.035, -51.07], // Macapá (AP)
  '69': [-3.119, -60.022], // Manaus
  '693': [2.82, -60.673], // Boa Vista (RR)
  '694': [-3.354, -64.711],
  '695': [-3.354, -64.711],
  '696': [-4.252, -69.938], // AM interior
  '697': [-7.26, -64.8],
  '698': [-7.51, -63.02], // AM south (Lábrea, Humaitá)
  '699': [-9.975, -67.81], // Rio Branco (AC)

  // 7: Distrito Federal, Goiás, Tocantins, Mato Grosso, Mato Grosso do Sul, Rondônia
  '70': [-15.794, -47.882],
  '71': [-15.83, -47.95], // Brasília
  '72': [-15.833, -48.056], // Taguatinga / Ceilândia
  '728': [-16.253, -47.95],
  '729': [-16.065, -47.976], // Luziânia / Valparaíso (GO)
  '73': [-15.62, -47.65], // Sobradinho / Planaltina
  '737': [-15.537, -47.334],
  '738': [-15.537, -47.334],
  '739': [-15.537, -47.334], // Formosa
  '74': [-16.686, -49.265], // Goiânia
  '749': [-16.823, -49.244], // Aparecida de Goiânia
  '75': [-16.328, -48.953], // Anápolis
  '755': [-18.419, -49.215], // Itumbiara
  '757': [-18.166, -47.946], // Catalão
  '759': [-17.792, -50.919], // Rio Verde
  '76': [-14.525, -49.141], // Uruaçu / north Goiás
  '765': [-13.44, -49.148], // Porangatu
  '768': [-8.761, -63.903], // Porto Velho (RO)
  '769': [-10.885, -61.951], // Ji-Paraná (RO)
  '77': [-10.184, -48.333], // Palmas
  '774': [-11.729, -49.068], // Gurupi
  '778': [-7.191, -48.207], // Araguaína
  '78': [-15.601, -56.097], // Cuiabá
  '781': [-15.646, -56.132], // Várzea Grande
  '785': [-11.864, -55.502], // Sinop
  '787': [-16.47, -54.636], // Rondonópolis
  '79': [-20.469, -54.62], // Campo Grande
  '793': [-19.009, -57.651], // Corumbá
  '796': [-20.751, -51.678], // Três Lagoas
  '798': [-22.221, -54.806], // Dourados

  // 8: Paraná and Santa Catarina
  '80': [-25.429, -49.271],
  '81': [-25.47, -49.29],
  '82': [-25.39, -49.27], // Curitiba
  '83': [-25.535, -49.206], // São José dos Pinhais / metro
  '832': [-25.52, -48.509], // Paranaguá
  '84': [-25.095, -50.162], // Ponta Grossa
  '85': [-25.39, -51.462], // Guarapuava
  '858': [-24.955, -53.455], // Cascavel
  '8585': [-25.547, -54.588],
  '8586': [-25.547, -54.588], // Foz do Iguaçu
  '86': [-23.304, -51.169], // Londrina
  '87': [-23.42, -51.933], // Maringá
  '88': [-27.595, -48.548], // Florianópolis
  '881': [-27.613, -48.636], // São José
  '883': [-26.908, -48.662], // Itajaí / Balneário Camboriú
  '885': [-27.816, -50.326], // Lages
  '887': [-28.467, -49.007], // Tubarão
  '888': [-28.678, -49.37], // Criciúma
  '89': [-26.919, -49.066], // Blumenau
  '892': [-26.304, -48.846], // Joinville
  '896': [-27.172, -51.504], // Joaçaba
  '898': [-27.101, -52.615], // Chapecó

  // 9: Rio Grande do Sul
  '90': [-30.035, -51.218],
  '91': [-30.07, -51.18], // Porto Alegre
  '92': [-29.918, -51.184], // Canoas
  '93': [-29.686, -51.131], // Novo Hamburgo / São Leopoldo
  '94': [-29.944, -50.992], // Gravataí / Viamão
  '95': [-29.168, -51.179], // Caxias do Sul
  '96': [-31.772, -52.342], // Pelotas
  '962': [-32.035, -52.099], // Rio Grande
  '968': [-29.718, -52.426], // Santa Cruz do Sul
  '97': [-29.684, -53.807], // Santa Maria
  '975': [-29.755, -57.088], // Uruguaiana
  '98': [-28.299, -54.263], // Santo Ângelo / Missões
  '987': [-28.388, -53.915], // Ijuí
  '99': [-28.262, -52.407], // Passo Fundo
  '997': [-27.634, -52.274], // Erechim
};
