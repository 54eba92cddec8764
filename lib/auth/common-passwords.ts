/**
 * The most frequent passwords of public breach corpora (including Brazilian ones), lower-case.
 * Shipped in the bundle: the check needs no network. A password is refused when it, or it without
 * trailing digits and symbols ("senha123!" → "senha"), is on the list.
 */
const LIST = `123456 123456789 12345678 1234567890 12345 1234567 password qwerty 111111 123123
abc123 password1 1234 qwerty123 000000 iloveyou 1q2w3e4r 1q2w3e4r5t 1qaz2wsx qwertyuiop 123321
654321 666666 121212 7777777 888888 987654321 11111111 12341234 112233 123qwe zxcvbnm asdfghjkl
qazwsx qwe123 a123456 123abc aa123456 abcd1234 1a2b3c4d passw0rd p@ssw0rd p@ssword pa55word
password12 password123 password1234 admin admin123 admin1234 administrator root toor changeme
letmein welcome welcome1 welcome123 monkey dragon master shadow sunshine princess football
baseball soccer superman batman trustno1 starwars pokemon whatever freedom michael jennifer
jordan23 hunter2 hello123 hellohello loveyou lovely secret secret123 login access test test123
testing guest default qwertyui q1w2e3r4 q1w2e3r4t5 zaq12wsx 1qazxsw2 !qaz2wsx asdf1234 asdfgh
asdfasdf computer internet samsung iphone google facebook instagram linkedin twitter youtube
michelle charlie andrew daniel jessica ashley thomas robert matthew nicole joshua anthony
senha senha123 senha1234 senha12345 minhasenha mudar123 mudarsenha trocar123 alterar123
brasil brasil123 brasil2014 brasil2022 saopaulo corinthians palmeiras flamengo vasco gremio
santos cruzeiro botafogo fluminense internacional saopaulofc timao mengao vascodagama
amor amoreterno teamo euteamo deus deusefiel jesus jesuscristo jesus123 gabriel
mariana felipe fernanda juliana rafael lucas matheus beatriz gustavo leticia amanda bruna
camila carolina vitoria larissa julia pedro joao maria ana paulo carlos eduardo henrique
102030 10203040 1020304050 159753 147258 147258369 159357 789456 789456123 321654 456789
abcdef abcdefg abcdefgh abcdefghij aaaaaa aaaaaaaa qqqqqq zzzzzz 00000000 99999999 88888888
loja loja123 lojaadmin admin@loja cliente cliente123 vendas compras mercado ecommerce
naruto sasuke goku vegeta minecraft fortnite roblox freefire gamer playstation xbox360
ninja mustang harley ferrari porsche corvette chelsea liverpool arsenal barcelona realmadrid
pass pass123 pass1234 mypassword yourpassword nopassword password! password01 qwerty1 qwerty12
iloveyou1 iloveyou2 princess1 babygirl angel angel123 butterfly flower sunflower rainbow
summer winter spring autumn january february october november december monday friday
`;

const COMMON = new Set(LIST.split(/\s+/).filter(Boolean));

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return true;
  const stem = lower.replace(/[\d\W_]+$/u, '');
  return stem.length >= 4 && COMMON.has(stem);
}
