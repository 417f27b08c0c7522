import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/analysis/knowledge.ts';
import { extractQuotes } from '../../src/analysis/quotes.ts';

const k = loadKnowledge();
const run = (paragraphs: string[], citedSource?: string) => extractQuotes({ paragraphs, ...(citedSource ? { citedSource } : {}) }, k);

describe('extractQuotes', () => {
  it('attributes a cue after the quote to the fullest earlier mention, keeps the role and the source medium', () => {
    const { quotes, speakers } = run([
      'MOSKOW, KABAR.ID - Menteri Pertahanan Rusia, Andrei Belousov menerima delegasi militer China di Moskow, Senin (3/3/2025).',
      '“Kerja sama militer kedua negara terus tumbuh dan tidak ditujukan kepada pihak ketiga,” ujar Belousov dikutip dari TASS.',
      '“Latihan bersama akan digelar lagi tahun ini,” tambahnya.',
    ]);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toMatchObject({
      text: 'Kerja sama militer kedua negara terus tumbuh dan tidak ditujukan kepada pihak ketiga',
      speaker: 'Andrei Belousov',
      speakerSlug: 'andrei-belousov',
      role: 'Menteri Pertahanan Rusia',
      cue: 'ujar',
      via: 'TASS',
      paragraph: 1,
    });
    expect(quotes[1]).toMatchObject({ speaker: 'Andrei Belousov', cue: 'tambahnya', paragraph: 2 });
    expect(speakers.map((s) => s.slug)).toEqual(['andrei-belousov']);
  });

  it('gives a new speaker a slug from the fullest name and keeps the short form as an alias', () => {
    const { quotes, speakers } = run([
      'Duta Besar Indonesia untuk Rusia, Hendra Wiratama menghadiri forum itu.',
      '“Kami ingin perdagangan dengan Rusia naik dua kali lipat,” kata Hendra.',
    ]);
    expect(quotes[0]).toMatchObject({ speaker: 'Hendra Wiratama', speakerSlug: 'hendra-wiratama', role: 'Duta Besar Indonesia untuk Rusia' });
    expect(speakers).toEqual([{ slug: 'hendra-wiratama', name: 'Hendra Wiratama', aliases: ['Hendra'], role: 'Duta Besar Indonesia untuk Rusia' }]);
  });

  it('reads a cue before the quote, with a pronoun or a name, and straight quote marks', () => {
    const { quotes } = run([
      'Presiden Rusia Vladimir Putin berbicara di forum ekonomi St. Petersburg.',
      'Ia mengatakan, “Pintu dialog dengan Washington tidak pernah kami tutup.”',
      'Putin mengatakan: "Sanksi hanya merugikan mereka yang menjatuhkannya."',
    ]);
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([
      ['Vladimir Putin', 'mengatakan'],
      ['Vladimir Putin', 'mengatakan'],
    ]);
    expect(quotes[1]!.text).toBe('Sanksi hanya merugikan mereka yang menjatuhkannya.');
  });

  it('joins a split quote into one', () => {
    const { quotes } = run(['"Kami tidak mencari konfrontasi," kata Mao Ning, "tetapi kami akan menjaga kepentingan nasional kami."']);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text: 'Kami tidak mencari konfrontasi, tetapi kami akan menjaga kepentingan nasional kami.', speaker: 'Mao Ning' });
  });

  it('follows a quote over paragraphs when the next paragraph reopens it', () => {
    const { quotes } = run([
      'Juru bicara Kementerian Luar Negeri China, Lin Jian menanggapi laporan itu.',
      '“Kapal-kapal kami berlayar di perairan kami sendiri sesuai hukum internasional.',
      '“Tuduhan itu tidak berdasar dan kami menolaknya dengan tegas,” ujar Lin.',
    ]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: 'Lin Jian', paragraph: 1 });
    expect(quotes[0]!.text).toContain('sesuai hukum internasional.');
    expect(quotes[0]!.text).toContain('kami menolaknya dengan tegas');
  });

  it('reports a quote reopened over three paragraphs once, across a read-also line inside it', () => {
    const { quotes } = run([
      'Pelatih Persib Bandung, Bojan Hodak, mengaku puas dengan persiapan timnya jelang musim baru.',
      '“Kami sudah bekerja keras selama pramusim dan para pemain dalam kondisi bagus.',
      'Baca Juga: Persib Resmi Datangkan Bek Asal Brasil',
      '“Pemain baru juga mulai memahami cara kami bermain di lapangan.',
      '“Target kami tetap sama, yaitu juara lagi musim ini,” ujar Hodak.',
    ]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: 'Bojan Hodak', paragraph: 1 });
    expect(quotes[0]!.text).toContain('dalam kondisi bagus.');
    expect(quotes[0]!.text).toContain('juara lagi musim ini');
  });

  it('does not report scare quotes, short terms or titles', () => {
    const { quotes } = run([
      'Media pemerintah menyebut AS sebagai “hegemon” yang ingin memecah kawasan.',
      'Film "Pesta Rakyat" tayang pekan depan, sementara warganet menyebutnya "drama politik biasa".',
    ]);
    expect(quotes).toEqual([]);
  });

  it('reports indirect speech as a speaker, not a quote, and uses it for a later pronoun cue', () => {
    const { quotes, speakers } = run([
      'Menurut Hendra Wiratama, hubungan kedua negara sedang membaik.',
      '“Tahun depan kami buka penerbangan langsung ke Bali,” tambahnya.',
    ]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: 'Hendra Wiratama', cue: 'tambahnya' });
    expect(speakers.map((s) => s.name)).toEqual(['Hendra Wiratama']);
  });

  it('takes the article-level source when the quote names none', () => {
    const { quotes } = run(['Wang Yi berbicara kepada wartawan.', '“Kami menentang segala bentuk sanksi sepihak,” kata Wang.'], 'Reuters');
    expect(quotes[0]).toMatchObject({ speaker: 'Wang Yi', via: 'Reuters', role: 'Menteri Luar Negeri China' });
  });

  it('resolves "juru bicara itu" to the spokesperson named earlier by office', () => {
    const { quotes } = run([
      'Seorang juru bicara Kementerian Perdagangan China mengatakan ekspor akan dibuka bertahap.',
      '“Kami bersedia memperluas dialog tentang pengendalian ekspor,” kata juru bicara tersebut.',
    ]);
    expect(quotes[0]!.speaker).toBe('juru bicara Kementerian Perdagangan China');
  });

  it('reads scraped text whose words are glued at links', () => {
    const { quotes } = run(['Presiden Rusia Vladimir Putin berbicara di forum itu.', '"Kami tidak menutup pintu dialog," ujarPutin kepadaFox News.']);
    expect(quotes[0]).toMatchObject({ speaker: 'Vladimir Putin', cue: 'ujar' });
  });

  it('matches a misspelt surname to the name spelt right earlier', () => {
    const { quotes } = run(['Anggota Komisi I DPR Ratna Dewi Kusuma menyambut kunjungan itu.', '“Kunjungan ini memperkuat hubungan kedua negara,” kata Ratni.']);
    expect(quotes[0]!.speaker).toBe('Ratna Dewi Kusuma');
  });

  it('reads "A," tulis X. "B." closing the paragraph as one quote by X', () => {
    const { quotes } = run(['"Kami tahu di mana mereka berada, tetapi kami menunggu," tulis Trump. "Kesabaran kami semakin menipis setiap hari."']);
    expect(quotes.map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['Donald Trump', 'tulis', 'Kami tahu di mana mereka berada, tetapi kami menunggu, Kesabaran kami semakin menipis setiap hari.'],
    ]);
  });

  it('gives a second uncued quote after "A," tulis X. to the same speaker when more text follows it', () => {
    const { quotes } = run(['"Kami tahu di mana mereka berada," tulis Trump. "Kesabaran kami semakin menipis setiap hari." Gedung Putih belum menanggapi.']);
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([
      ['Donald Trump', 'tulis'],
      ['Donald Trump', ''],
    ]);
  });
  it('reads two quotes glued back to back in a one-paragraph body, and the uncued sentence after them', () => {
    const { quotes } = run([
      'LONDON - Sekretaris Jenderal NATO Mark Rutte berpidato di London. Menurutnya aliansi membutuhkan "lonjakan 300 persen dalam pertahanan udara.""Kami melihat bagaimana serangan datang dari langit setiap malam," katanya dalam pidato itu."Karena itu kita harus bergerak lebih cepat dari sebelumnya. Ancaman ini tidak akan hilang begitu saja." Pidatonya disambut tepuk tangan.Baca Juga: Harga Minyak Naik Lagi',
    ]);
    expect(quotes.map((q) => [q.text.slice(0, 20), q.speaker])).toEqual([
      ['Kami melihat bagaima', 'Mark Rutte'],
      ['Karena itu kita haru', 'Mark Rutte'],
    ]);
  });

  it('takes a speech verb right before the mark as a cue, and "mereka menambahkan" after it', () => {
    const { quotes } = run([
      'Sebelumnya, Trump menyatakan "Bisa saja kami ikut, bisa juga tidak," saat ditanya wartawan di Gedung Putih.',
      'Juru bicara Kementerian Luar Negeri Korea Utara mengecam serangan itu.',
      '"Dunia menyaksikan siapa yang sebenarnya menyalakan api perang di kawasan ini," mereka menambahkan.',
    ]);
    expect(quotes[0]).toMatchObject({ text: 'Bisa saja kami ikut, bisa juga tidak', speaker: 'Donald Trump' });
    expect(quotes[1]!.text).toMatch(/^Dunia menyaksikan/);
  });

  it('gives the words of a memo to the office that wrote it, not to the last person quoted', () => {
    const { quotes } = run([
      'Presiden Donald Trump mempertimbangkan biaya visa baru, menurut memo internal Departemen Luar Negeri AS yang dilihat Reuters.',
      '"Kami akan memulai program ini secepatnya," kata Trump.',
      '"Biaya di atas ongkos layanan bertentangan dengan putusan pengadilan sebelumnya," kata memo tersebut.',
    ]);
    expect(quotes[0]!.speaker).toBe('Donald Trump');
    expect(quotes[1]!.speaker).toBe('Departemen Luar Negeri AS');
  });

  it('resolves an abbreviated role (Seskab), a glued name and an unnamed spokesperson with the country kept', () => {
    const { quotes } = run([
      'Sekretaris Kabinet (Seskab) Teddy Indra Wijaya mengatakan Presiden akan berangkat ke Moskow.',
      '"Presiden akan bertemu Presiden Putin pada hari Kamis," kata Seskab dalam keterangannya.',
      'Presiden AS Donald Trumptidak hadir dalam pertemuan itu.',
      'Presiden AS itu menambahkan: "Tidak ada yang tahu apa yang akan saya lakukan."',
      '"Kami memantau situasi dengan seksama," ucap seorang juru bicara Kementerian Luar Negeri AS.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Teddy Indra Wijaya', 'Donald Trump', 'juru bicara Kementerian Luar Negeri AS']);
  });
  it('joins "A," katanya. "B." into one quote, and reads a typo of a known name as that person', () => {
    const { quotes } = run([
      'Perdana Menteri Israel Benjamin Netanyahu berbicara kepada wartawan di Tel Aviv.',
      '"Kami menyerang dengan kekuatan penuh," katanya. "Kami menyerang pangkalan dan gudang senjata mereka."',
      'Sebelumnya, Presiden AS Donald Trump membanggakan bahwa pasukannya tahu di mana para pemimpin itu berada.',
      '"Kami tahu persis di mana dia bersembunyi."',
      '"Ia target yang mudah, tetapi tidak untuk saat ini," ujar Tump.',
    ]);
    expect(quotes.map((q) => [q.text.slice(0, 22), q.speaker])).toEqual([
      ['Kami menyerang dengan ', 'Benjamin Netanyahu'],
      ['Kami tahu persis di ma', 'Donald Trump'],
      ['Ia target yang mudah, ', 'Donald Trump'],
    ]);
    expect(quotes[0]!.text).toMatch(/gudang senjata mereka\.?$/);
  });

  it('gives a statement to the office that issued it, and a quote to "para menlu" as a group', () => {
    const { quotes } = run([
      'Pernyataan resmi dimuat Kantor Juru Bicara Departemen Luar Negeri AS pada Jumat.',
      '"Setiap keputusan visa adalah keputusan keamanan nasional," tutup pernyataan Kedutaan Besar AS.',
      'Melanjutkan pernyataan mereka dalam komunike bersama, para menlu menulis, "Kami menekankan pentingnya menahan diri di laut yang disengketakan."',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Kedutaan Besar AS', 'menlu']);
  });
  it('finds who a role, "Menurutnya" and an opening participle point to, and cuts words glued to a name', () => {
    const { quotes } = run([
      'Duta Besar Iran untuk Indonesia Mohammad Rahimi menggelar konferensi pers di Jakarta.',
      '"Negosiasi tidak lagi masuk akal dalam keadaan seperti ini," tegas Duta Besar dalam konferensi pers.',
      'Menanggapi pernyataan itu, juru bicara Gedung Putih, Karoline Leavitt, menegaskan bahwa tuduhan tersebut keliru.',
      '"Tuduhan ini konyol dan tidak berdasar sama sekali," ujarnya.',
      'Menurutnya, kedua negara sepakat menjaga kedaulatan masing-masing.',
      '"Kami akan terus berbicara dengan semua pihak," tuturnya.',
      '"Kami meminta dukungan dari semua negara sahabat," kata Rahimidalam wawancara dengan wartawan.',
      '"Kerja sama kami dimulai jauh sebelum perang," kata Shynkarenko dalampress briefingbersama awak media.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Mohammad Rahimi', 'Karoline Leavitt', 'Karoline Leavitt', 'Mohammad Rahimi', 'Shynkarenko']);
  });
  it('does not take a capitalised word opening a sentence for a speaker', () => {
    const { quotes } = run([
      'Juru bicara Kantor Urusan Taiwan, Zhu Fenglian, mengatakan upaya itu akan gagal.',
      'Secara terpisah, sebuah survei menyebut mayoritas warga menolak perang.',
      'Dia menegaskan, "Upaya memecah belah negara tidak akan pernah berhasil."',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Zhu Fenglian']);
  });
  it('keeps a place written before a name in the role, and does not read a name across a full stop', () => {
    const { quotes } = run([
      'Ribuan orang berunjuk rasa di California sejak Jumat.',
      'Gubernur California Gavin Newsom mengecam pengerahan pasukan itu.',
      '"Ini bukan soal keamanan publik," kata Newsom seperti dilansir Independent. "Ini soal ego seorang presiden."',
      'Mereka memperingatkan: "Protes sedang berlangsung di Los Angeles. Laporan media menyebut polisi memakai gas air mata."',
    ]);
    expect(quotes[0]).toMatchObject({ speaker: 'Gavin Newsom', role: 'Gubernur California' });
    expect(quotes[0]!.text).toMatch(/ego seorang presiden\.$/);
    expect(quotes.map((q) => q.speaker)).not.toContain('Angeles. Laporan');
  });
  it('takes the person, not the post or the organisation, from "kata CEO Circle, Jeremy Allaire"', () => {
    const { quotes } = run([
      'Perusahaan stablecoin itu mencatatkan saham di bursa New York pekan ini.',
      '"Kami perlu bekerja sama dengan para pembuat kebijakan," kata CEO Circle, Jeremy Allaire.',
      '"Regulasi yang jelas membuat pasar tumbuh," ujar Head of the Blockchain Research Center Dongguk University, Park Sung-jun kepada wartawan.',
      'Pertama, ia menyebut aturan baru itu sebagai langkah maju.',
      '"Ini kabar baik untuk semua pelaku industri," tambahnya.',
    ]);
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Jeremy Allaire', 'CEO Circle'],
      ['Park Sung-jun', 'Head of the Blockchain Research Center Dongguk University'],
      ['Park Sung-jun', 'Head of the Blockchain Research Center Dongguk University'],
    ]);
  });

  it('reads an epithet pointing back ("bos … itu", "politikus … ini") as the person being followed, not an office', () => {
    const { quotes } = run([
      'Ketua Komisi XI DPR, Mukhamad Rahardjo mendukung kunjungan Presiden ke Moskow.',
      '"Kunjungan ini memperkuat posisi Indonesia," ujar Rahardjo.',
      'Di samping itu, politikus Partai Golkar ini juga menilai Rusia punya potensi investasi besar.',
      '"Kerja sama energi harus segera diwujudkan," ujar dia.',
      '"Kami butuh lebih banyak investasi," kata bos di perusahaan bernilai 4,7 triliun dollar AS itu.',
      'Kementerian Pertahanan Latvia menyebut serangan siber meningkat.',
      '"Kami menganggap serangan pada situs kami sebagai upaya melemahkan pemerintah," tulis kantor pemerintah itu.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Mukhamad Rahardjo', 'Mukhamad Rahardjo', 'Mukhamad Rahardjo', 'kantor pemerintah']);
  });

  it('reads a short form, a declared nickname and a title with a full stop as the person named in full', () => {
    const { quotes } = run([
      'Sekretaris Kementerian Koordinator Perekonomian, Susiwijono Moegiarso mengatakan ada produk yang dikecualikan.',
      '"Sekitar 99 persen produk dapat tarif nol," kata Susi.',
      'Penghargaan itu diberikan kepada Mohammed Ali Berawi, lelaki yang akrab disapa Ale.',
      '"Ini untuk tujuan yang lebih besar," ucap Ale.',
      '"Anggaran ini membuat NASA tidak relevan," kata Rep. Valerie Foushee (D-North Carolina).',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Susiwijono Moegiarso', 'Mohammed Ali Berawi', 'Valerie Foushee']);
  });

  it('reads a first name cut short as the one person whose name it begins, even when the article names them by one word', () => {
    const { quotes } = run([
      'Menurut Solehudin, salah seorang pembuat tape di Desa Candirobo, tape khas Pasuruan tidak kalah nikmat. Soleh mengaku tapenya lebih enak.',
      '"Satu kuintal singkong cukup diberi satu bungkus ragi," kata Soleh.',
      'Salah seorang warga Jepang keturunan Indonesia, Zenzia Ihza, membagikan tips bagi pendukung.',
      '"Tiket kereta paling murah antara 150 sampai 300 yen," ujar Zen.',
      'Laga itu dinilai Diego Simeonelayaknya final. Simeone memprediksi laga berat.',
      '"Sangat berat, seperti semua tim Brasil," kata Simeone.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Solehudin', 'Zenzia Ihza', 'Simeone']);
    const officer = run([
      'Kapolsek Sayung, AKP Suprapto, menyatakan banjir menggenangi sekitar 700 rumah warga.',
      '"Upaya penyedotan air terus dilakukan sejak pagi," kata Prapto, Kamis.',
    ]);
    expect(officer.quotes.map((q) => q.speaker)).toEqual(['Suprapto']);
  });

  it('reads a nickname given beside the name, a nickname from the end of a first name, and "Ny." before a name', () => {
    const { quotes } = run([
      'Menteri Perumahan dan Kawasan Permukiman Maruarar Sirait (Ara) menyatakan dukungannya.',
      '"Saya datang ke sini atas janji dengan Pak Rektor," kata Ara.',
      'Menteri PKP Maruarar Siraitatau Ara menyambangi gedung KPK.',
      '"Kami juga sudah memohon tambahan SDM," kata Ara.',
      'Takbir terdengar berbeda di telinga Ainul Yakin. Ainul atau yang lebih akrab disapa Mas Nul ini berkisah tentang tugasnya.',
      '"Karena momen Lebaran untuk melayani penumpang," kata Mas Nul.',
      'Hal senada disampaikan Manajer Program ICT Watch, Defira Novianti Crisandy.',
      '"Media sosial sekarang seperti CCTV demokrasi," ujar Fira.',
      '"Program ini bentuk perhatian kami kepada masyarakat," ujar Ny. Juliati Sigit Prabowo.',
      'SUKABUMI – Kusuma Hartanto alias Om Shancoz, juru parkir di Jalan RE Martadinata, berniat mendonorkan matanya.',
      '“Niat saya sudah bulat,” ucap Om Shancoz yang muallaf ini.',
      'JAKARTA, KABAR.ID - Musisi Nazril Irham atau Ariel NOAH didapuk memerankan karakter Dilan.',
      '"Kalau sudah komit, harus yakin," tutur Ariel.',
      'Sang putra, Betrand Peto Putra Onsu alias Onyo, akhirnya angkat bicara.',
      '"Aku mau jelasin kalau itu bareng-bareng," ucap Onyo.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Maruarar Sirait', 'Maruarar Sirait', 'Ainul Yakin', 'Defira Novianti Crisandy', 'Juliati Sigit Prabowo', 'Kusuma Hartanto', 'Nazril Irham', 'Betrand Peto Putra Onsu']);
  });

  it('reads a nickname after a form of address, introduced by a description, or spelt by initials', () => {
    const { quotes } = run([
      'Menteri SosialSaifullah Yusuf(Gus Ipul) mengaku heran dengan data penerima bansos.',
      '"Kami sendiri juga penasaran," kata Gus Ipul di Kantor Kemensos.',
      'Operasi katarak gratis itu dikunjungi langsung oleh Menteri Sosial Saifullah Yusuf.',
      'Dalam kunjungannya, pria yang karib disapa Gus Ipul berdialog dengan para lansia.',
      '"Insya Allah mbah nanti langsung bisa melihat," kata Gus Ipul.',
      'Padahal diakui ketua umum klub itu, Benhur Tommy Mano, kiper itu masih ingin bertahan. Yoo Jae memilih pulang.',
      '"Dia pamitan dengan saya dan manajer tim," kata sosok yang karib disapa BTM.',
      'Kepala BPS Suhariyanto atau yang akrab disapa Ketjuk menjelaskan konsumsi pemerintah turun.',
      '"Ini karena bentuk efisiensi," ujar Ketjuk.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Saifullah Yusuf', 'Saifullah Yusuf', 'Benhur Tommy Mano', 'Suhariyanto']);
  });

  it('reads the end of a middle name as a nickname, "Capt." and "Wamen" as posts, and keeps a long name that begins like another', () => {
    const { quotes } = run([
      'Ketua Umum DPP Organda, Kurnia Lesani Adnan, menyoroti antrean solar.',
      '"Kami harus mengantre sampai satu jam," kata Sani.',
      '"Juklak dan juknis ini sangat dibutuhkan," kata Presiden KPI Capt. Hasudungan Tambunan.',
      'Wakil Menteri ATR/BPN Ossy Dermawan meninjau lokasi.',
      '"Yang terpenting kami mengedepankan aturan," ujar Wamen ATR.',
      'Ketua ACTA Habiburokhman menyiapkan pengacara untuk membela Imam Besar FPI Habib Rizieq.',
      '"Ada 100 advokat yang akan bela Habib," ujar Habiburokhman.',
      '"Laporan itu terkesan dipaksakan," sambung Habiburokhman.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Kurnia Lesani Adnan', 'Hasudungan Tambunan', 'Ossy Dermawan', 'Habiburokhman', 'Habiburokhman']);
  });

  it('keeps a name the outlet glued to "disapa", "hari" or nothing apart, and never takes "Alasan" for a name', () => {
    const { quotes } = run([
      'Kader PSI Ronald Aristone Sinaga atau akrab disapaBro Ron, resmi mendaftarkan diri sebagai bakal calon ketua umum.',
      '"Saya bisa hadir di sini karena ini partai yang hebat," kata Bro Ron.',
      'Kakorlantas Polri Irjen Agus Suryonugrohohari ini mengecek jalur mudik.',
      '"Kami mengimbau pengguna jalan berhati-hati," ujar Agus.',
      'KPK menangkap Bos PT RDS, Rico Dian Sari. Juru Bicara KPK Febri Diansyah tak menampik kaitannya dengan proyek jalan.',
      '"Kita akan lakukan pemeriksaan lebih lanjut," kata Febri.',
      'Moch. Rafif Alamsyah Putra meraih nilai sempurna. Alasan Rafif memilih jurusan itu sederhana.',
      '"Saya ingin di bidang administrasi," ujar Rafif.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ronald Aristone Sinaga', 'Agus Suryonugroho', 'Febri Diansyah', 'Rafif Alamsyah Putra']);
  });

  it('reads rarer cue words when a name follows and "demikian" before a name or a passive verb', () => {
    const { quotes } = run([
      '"Theo Walcott mungkin tidak akan bermain di laga besok," buka Wenger seperti dikutip dari Soccerway.',
      '"Kenapa diomongin si Mami? Berita baik maksudnya pengin diam-diam aja dulu," celetuk Billy Syahputra.',
      '"Kita hanya backup pengamanan gudangnya saja," singkat Iqbal.',
      '"Indonesia terus memantau perkembangan terkait dinamika terakhir," demikian disampaikan Rolliansyah Soemirat dalam konferensi pers.',
      '"Ketiga pada saat akhir tahun," demikian Kepala BPS Amalia Adininggar.',
      'Penjelasan itu singkat. "Ini bukan kutipan," buka halaman itu dengan huruf besar.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Wenger', 'Billy Syahputra', 'Iqbal', 'Rolliansyah Soemirat', 'Amalia Adininggar']);
  });

  it('follows the person a passive names ("disampaikan X") and a one-word name described by "selaku"', () => {
    const { quotes } = run([
      'GOR Siger Bandar Lampung kembali digelontor anggaran. Pembangunan GOR Siger ditargetkan selesai akhir tahun.',
      'Keinginan itu disampaikan Ketua Komisi IV DPRD Kota Bandar Lampung, Asroni Paslah.',
      '"Kita berharap GOR Siger bisa menjadi gedung serba guna," ujar kader Fraksi Gerindra tersebut.',
      'Destinasi wisata Sendang Seruni menghadirkan spot foto bawah air pertama di Banyuwangi.',
      'Dimas, selaku pengelola Sendang Seruni, menjelaskan konsep baru itu. "Kami ingin wisatawan bisa menyelami keindahan kolam," ujarnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Asroni Paslah', 'Dimas']);
  });

  it('cuts a short name off a verb or a common word the outlet glued to it', () => {
    const { quotes } = run([
      'Menteri Agama Nasaruddin Umarmengungkap sejumlah catatan evaluasi haji.',
      '"BPIH tahun ini turun," kata Nasaruddin.',
      'Pebulu tangkis Dejan Ferdinansyahenggan bicara banyak soal pasangannya.',
      '"Obrolan terakhir itu mungkin mau ganti pasangan," ujar Dejan.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Nasaruddin Umar', 'Dejan Ferdinansyah']);
  });

  it('reads "Hakim" between two names as a name, and cuts "pun" and a ter- word glued to a name', () => {
    const { quotes } = run([
      'Menteri Agama Lukman Hakim Saifuddin menyebut kepatuhan jamaah sebagai faktor pendukung.',
      '"Mereka berhaji tidak sebagaimana haji biasanya," katanya.',
      'Mendagri Tito Karnavian hadir. Tito Karnavianpun menyampaikan arahan kepada kepala daerah.',
      '"Di tahun 2022 ini kita harus bergerak cepat," kata Tito.',
      'Advokat Marcella Santosotersangka perintangan penyidikan diperiksa hari ini.',
      '"Bukan saya yang bikin konten itu," kata Marcella.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Lukman Hakim Saifuddin', 'Tito Karnavian', 'Marcella Santoso']);
  });

  it('never takes a province short name for part of a name ("Gubernur Jatim Khofifah …")', () => {
    const { quotes } = run(['"Alhamdulillah mulai hari ini jalur itu bisa dilewati," kata Gubernur Jatim Khofifah Indar Parawansa.']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Khofifah Indar Parawansa']);
  });

  it('reads the short form of a post in brackets between the post and the name ("Menteri Ketenagakerjaan (Menaker) Yassierli")', () => {
    const { quotes } = run([
      '"Kami ingin memastikan bahwa kerja sama ini berjalan," kata Menteri Ketenagakerjaan (Menaker) Yassierli di Jakarta.',
      '"Iya, dua orang ini sudah diamankan," kata Kepala Satuan Reserse Kriminal (Kasat Reskrim) Polres Sikka AKP Andika Dharma Sena.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Yassierli', 'Andika Dharma Sena']);
  });

  it('keeps initials between two names ("Jupri JHP Tampubolon") and finds him by the post he was named with in brackets', () => {
    const { quotes } = run([
      'KOMPAS.com - Kapolres Hulu Sungai Tengah (Kapolres HST), AKBP Jupri JHP Tampubolon, menegaskan bahwa pembinaan enam anggota bersifat sementara.',
      '"Mereka tidak dipulangkan ke rumah, tapi dibina," kata Kapolres HST kepada wartawan, Selasa.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Jupri JHP Tampubolon']);
  });

  it('reads a rank before a name as no part of it, "Pak JK" as initials, and "atau Gus Ipul" as a nickname', () => {
    const { quotes } = run([
      'Wakil Direktur Tipikor Bareskrim Polri, Kombes Pol. Erwanto Kurniadi mengatakan surat sudah dikirim.',
      '"Dipanggil hari Kamis pekan depan," kata Kombes Erwanto.',
      'Wakil Presiden Jusuf Kalla (JK) berbicara di Oxford.',
      '"Islam di Indonesia moderat," kata Pak JK.',
      'Menteri Sosial Saifullah Yusuf atau Gus Ipul meninjau Sekolah Rakyat.',
      '"Pas libur mungkin boleh pulang," ujar Gus Ipul.',
      '"Keduanya sudah membuat surat pernyataan," kata Kasi Humas Polres Karanganyar Iptu Mulyadi saat dihubungi.',
      'Danlantamal IV Kepulauan Riau Laksma TNI R Eko Suyatno mengaku sudah berkoordinasi dengan jajaran Gugus Keamanan Laut.',
      '"Sampai saat ini 10 kru masih dalam pencarian," ujar Laksma Eko dalam keterangan tertulis.',
      '"Kami sangat menyayangkan kejadian tersebut," kata Wakil Direktur Lalu Lintas (Wadirlantas) Polda Metro Jaya AKBP Argo Wiyono, dilansir Antara.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Erwanto Kurniadi', 'Jusuf Kalla', 'Saifullah Yusuf', 'Mulyadi', 'R Eko Suyatno', 'Argo Wiyono']);
  });

  it('reads "Utama" closing a two-word name as the surname, and "Plt." as a post, but "Dinas Kesehatan" stays a body', () => {
    const { quotes } = run([
      '"Kami memantau fenomena atmosfer," ungkap Kepala Stasiun Meteorologi Sam Ratulangi Manado, Dhira Utama pada, Kamis (19/6/2025).',
      '"Kami pastikan tidak ada pengusiran," kata Plt. Ketua Komisioner KND, Jonna A. Damanik, saat berkunjung ke Bandung.',
      '"Kami sudah menindaklanjuti edaran tersebut," kata Kepala Bidang Dinas Kesehatan, Desti Mega Putri.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Dhira Utama', 'Jonna A. Damanik', 'Desti Mega Putri']);
  });

  it('reads police unit heads as posts and a city named before a name as no part of it', () => {
    const { quotes } = run([
      '"Yang bersangkutan berniat ikut mengambil daging kurban," kata Kasatreskrim Polresta Solo, AKP Prastiyo Triwibowo, pada Rabu (11/6/2025).',
      'Kepala Dinas Perhubungan (Dishub) Kota Banjarbaru Muhammad Mirhansyah menegaskan penutupan jalan sudah disepakati.',
      '"Penutupan berlangsung hingga 15 November," katanya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Prastiyo Triwibowo', 'Muhammad Mirhansyah']);
  });

  it('names a body by the full name the article spelled out beside its initials', () => {
    const { quotes } = run([
      'Masyarakat Transportasi Indonesia (MTI) mendukung langkah pemerintah menertibkan truk kelebihan muatan.',
      '"Fatalitas kematian akibat kecelakaan truk masih tinggi," tulis MTI dalam keterangannya.',
      '"Kondisi tersebut menyebabkan curah hujan tinggi," kata BMKG.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Masyarakat Transportasi Indonesia', 'BMKG']);
  });

  it('reads "dr" without a full stop as a title, and stops the name at a word the outlet glued to "dalam"', () => {
    const { quotes } = run([
      'Dokter spesialis anak Citra Raditha menjelaskan soal autisme.',
      '"Autisme itu ada spektrumnya," kata dr Citra dalamtalkshow Kementerian Kesehatan.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Citra Raditha']);
  });

  it('never follows a village, a tournament or a police station as the speaker', () => {
    const { quotes } = run([
      '"Setahu saya ini dari rembesan pohon-pohon di sini," kata M Bahrul (33), warga yang rumahnya dekat Kedung Biru.',
      'Ditegaskan olehnya, lokasi kedung ini antara Dusun Purwodadi, Desa Temuguruh dengan Desa Jambewangi. "Ini berbatasan, ke barat sedikit sudah masuk Desa Jambewangi," tegasnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['M Bahrul', 'M Bahrul']);
  });

  it('reads a nickname in brackets the outlet glued to the name, and never a place as the article\'s protagonist', () => {
    const glued = run([
      'Menteri SosialSaifullah Yusuf(Gus Ipul) mengatakan pihaknya akan mengirim logistik.',
      '"Lumbung-lumbung sosial kita siap," kata Gus Ipul di kantor Kemensos.',
    ]);
    expect(glued.quotes.map((q) => q.speaker)).toEqual(['Saifullah Yusuf']);
    const { quotes } = run([
      'Warga sekitar Jalan Gunung Latimojong digegerkan penemuan bayi. Bayi itu dibuang di Gereja YHS Latimojong.',
      'Petugas kebersihan gereja, Dian, yang pertama kali melihat bayi itu.',
      '"Saya melihat darah berceceran dan saya mengikutinya," katanya.',
    ]);
    expect(quotes.map((q) => q.speaker)).not.toContain('Gunung Latimojong');
  });

  it('reads "kata Mendagri" as the home minister named before, and initials followed by narration as the person they spell', () => {
    const { quotes } = run([
      'Menteri Dalam Negeri Tjahjo Kumolo mengapresiasi Polri membongkar sindikat penyebar hoaks.',
      '"Jangan berhenti, harus diusut motivasinya," kata Mendagri usai acara di Solo.',
      'Wakil Presiden Jusuf Kalla (JK) membuka kongres media siber.',
      '"Kalau anak muda paling lima jam, kalau saya paling sejam," kata JK diikuti tawa peserta.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Tjahjo Kumolo', 'Jusuf Kalla']);
  });

  it('gives "katanya" to the person the paragraph has just made its subject, and cuts a word glued to a surname', () => {
    const { quotes } = run([
      'Menjelang laga itu, Justin Hubnerturun ke media sosial untuk mengiklankan parfum.',
      '"Sesuatu yang manis dan berani untuk kalian semua," tulis akun Instagram merek parfum itu.',
      'Di video yang dibagikan Senin, Justin Hubner sempat memperkenalkan merek parfumnya. "Hai, saya akan menjawab lima pertanyaan," katanya.',
      'Selanjutnya, Justin memberi bocoran harga. "Harganya tidak akan terlalu mahal," kata dia.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['akun Instagram merek parfum', 'Justin Hubner', 'Justin Hubner']);
  });

  it('gives the quote to the name right after the cue, not to a name later in the clause, and to an epithet before anyone spoke', () => {
    const { quotes } = run([
      'Penyanyi Titi DJ mengatakan putrinya, penyanyi Stephanie Poetri, akan menggelar resepsi di Jakarta.',
      '"Acaranya tidak boleh di ballroom," kata Titi DJ menirukan perkataan Stephanie.',
      'Bek Timnas Indonesia Justin Hubner merilis parfum. Model perempuan di foto itu disebut dekat dengan Hubner.',
      '"Sesuatu yang manis, sesuatu yang berani," tulis bek Timnas Indonesia itu di keterangan foto.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Titi DJ', 'Justin Hubner']);
  });

  it('gives "ujarnya" to the person who just criticised or blamed, and not to an adverb opening the sentence', () => {
    const { quotes } = run([
      'Gubernur California Gavin Newsom mengecam pengerahan pasukan di California.',
      '"Ini bukan soal keamanan publik," kata Newsom.',
      'Wali Kota Los Angeles Karen Bass turut menyalahkan pejabat federal atas protes yang kacau.',
      '"Tak satu pun dari hal ini seharusnya terjadi," ujarnya.',
      'Duta Besar Ukraina Yevhenia Shynkarenko menerima wartawan di Jakarta.',
      '"Ini bukan hanya tentang diplomasi," kata Shynkarenko.',
      'Sekarang, dalam pembalikan peran, Ukraina meminta Indonesia memberikan dukungan.',
      '"Kami yakin Indonesia adalah pemain yang andal," katanya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Gavin Newsom', 'Karen Bass', 'Yevhenia Shynkarenko', 'Yevhenia Shynkarenko']);
  });

  it('reads quotes after a promo line with quote marks, and an unnamed official described with a relative clause', () => {
    const { quotes } = run([
      'Mantan Letnan Jenderal Angkatan Darat AS, Mark Schwartz, mengatakan pangkalan itu sangat rentan.',
      'Tonton juga "Penampakan Lokasi Pesawat Militer AS yang Jatuh" di sini:',
      '"Anda ingin mengurangi risiko bagi pasukan AS," sebutnya.',
      'Seorang pejabat pertahanan AS, yang tidak mau disebut namanya, menyatakan enggan membahas posisi aset militer. Namun dia mengatakan: "Kami tetap berkomitmen menjaga keamanan operasional."',
      'Dhara Vyas, kepala eksekutif Energy UK, yang mewakili perusahaan energi, mengatakan pemasok sudah bekerja sama.',
      '"Pemasangan paksa selalu menjadi pilihan terakhir," katanya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Mark Schwartz', 'pejabat pertahanan AS', 'Dhara Vyas']);
  });

  it('gives "tulisnya" to the person a paragraph has just opened with, and reads a cue after an italic marker', () => {
    const { quotes } = run([
      'Penyanyi Titi DJ mengatakan putrinya, penyanyi Stephanie Poetri, akan menggelar resepsi.',
      '"Mama aku kasih jatah undangan," ungkap Titi DJ.',
      'Stephanie Poetri mengumumkan telah menikah di Los Angeles, Jumat.',
      '"Marriage is pretty epic,"* tulisnya di akun Instagram.',
      'CEO Ravel Entertainment, Emmanuelle Ravelius Donald Junardy, hadir di festival itu.',
      '"Kami menargetkan festival kelas dunia," ujar Ravelius.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Titi DJ', 'Stephanie Poetri', 'Emmanuelle Ravelius Donald Junardy']);
  });

  it('finds the subject of a long indirect-speech sentence, past "tidak", and an institution speaking through its statement', () => {
    const { quotes } = run([
      'Marketing and Customer Relations Division Head PT Astra International Daihatsu Sales Operation (AI-DSO), Tri Mulyono, tidak menampik bahwa tahun ini berat.',
      'Namun, ia memastikan seluruh diler masih beroperasi. "Diler kami masih beroperasi seperti biasa," ujarnya.',
      'Presiden AS Donald Trump mendesak Iran kembali ke meja perundingan.',
      'Kedutaan Besar Beijing mengatakan pada hari Selasa bahwa konflik itu terus meningkat.',
      '"Banyak infrastruktur sipil yang rusak dan korban sipil terus bertambah," demikian bunyi pernyataan tersebut.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Tri Mulyono', 'Kedutaan Besar Beijing']);
  });

  it('cuts names out of words a scraped body glued to them', () => {
    const { quotes } = run([
      'PelatihBayern MunichVincent Kompanymewanti-wanti anak asuhnya agar tidak meremehkan lawan.',
      'Status unggulan tidak membuat Kompany besar kepala. "Kami tahu kualitas turnamen ini," ujar Kompany.',
      'Atlet Gregoria Mariska Tunjungresmi didaftarkan di turnamen itu.',
      '"Aku ingin segera main," kata Gregoria.',
    ]);
    // The club before the name is not told apart from it yet: "Bayern Munich Vincent Kompany".
    expect(quotes[0]!.speaker).toMatch(/(?:^| )Vincent Kompany$/);
    expect(quotes[1]!.speaker).toBe('Gregoria Mariska Tunjung');
  });

  it('reads "demikian konfirmasi X", a name before an aside, a role pointing back, and drops "lebih lanjut" from the speaker', () => {
    const { quotes } = run([
      '"Dengan gembira, kami mengumumkan Mesut Ozil telah memperpanjang kontrak," demikian konfirmasi Arsenal di laman resmi klub.',
      'Ozil, 29 tahun, turut menyuarakan rasa girangnya. "Ini salah satu keputusan terpenting dalam karier saya," tulisnya.',
      'Penghargaan itu diserahkan presiden UEFA Aleksander Ceferin. Presiden UEFA dalam pidatonya memuji Totti.',
      '"Selamat untuk karier dan loyalitasmu yang luar biasa," tutup Presiden UEFA tersebut.',
      '"Kami tidak ingin mengulang lagu lama," kata sumber itu lebih lanjut.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Arsenal', 'Mesut Ozil', 'Aleksander Ceferin', 'sumber']);
  });

  it('gives a run of uncued quote paragraphs after narrative to the cue that closes the run', () => {
    const { quotes } = run([
      'Carlos Cuesta diresmikan sebagai pelatih kepala Parma pada Kamis.',
      'Sebelumnya ia bekerja di Arsenal sebagai asisten Mikel Arteta.',
      '"Terima kasih atas kepercayaanmu dan kesempatan yang diberikan."',
      'Advertisement',
      '"Merupakan kehormatan sejati bisa belajar darimu dalam segala situasi."',
      '"Semua itu akan selalu saya bawa bersama saya," ujar Cuesta di Instagram pribadinya.',
      'Baca juga:',
      'Mikel Arteta Puji Asistennya',
      '"Saya bangga melihatnya melangkah sejauh ini," kata Arteta.',
    ]);
    expect(quotes.map((q) => [q.speaker, q.paragraph])).toEqual([
      ['Carlos Cuesta', 2],
      ['Carlos Cuesta', 4],
      ['Carlos Cuesta', 5],
      ['Mikel Arteta', 8],
    ]);
  });

  it('reads a quote an outlet spread over one paragraph per sentence, closed a paragraph or two later', () => {
    const { quotes } = run([
      'Sekretaris Daerah Banyumas Agus Nur Hadie mengatakan telah berkomunikasi dengan istri Bupati, Erna Husein.',
      '"Informasinya sekarang masih di ICU.',
      'Kondisinya stabil, tidak ada penyakit lain," ujar Agus.',
      '"Mungkin karena doa-doa orang banyak, kondisinya masih stabil.',
      'Alhamdulillah.',
      'Matur nuwun sanget," ucap Erna dalam pesannya.',
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Informasinya sekarang masih di ICU. Kondisinya stabil, tidak ada penyakit lain', 'Agus Nur Hadie'],
      ['Mungkin karena doa-doa orang banyak, kondisinya masih stabil. Alhamdulillah. Matur nuwun sanget', 'Erna Husein'],
    ]);
  });

  it('reads an Arabic surname without its article as the person, and a passive verb opening a sentence as no one', () => {
    const { quotes } = run([
      'Peneliti Yaman Farea Al-Muslimi menilai serangan itu akan berlanjut.',
      '"Serangan-serangan itu terbukti cara yang murah," kata Muslimi.',
      'Disebut bahwa visa sang model ditolak. "Setiap aspeknya membuat saya sedih," tulis Gigi Hadid di Twitter.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Farea Al-Muslimi', 'Gigi Hadid']);
  });

  it('follows residents introduced with their age and who they are, not the village they live in', () => {
    const { quotes } = run([
      'Keputusan itu membuat warga Sandringham resah.',
      'Jacqueline Hargreaves (73), warga lama Sandringham yang kerap melihat keluarga kerajaan, menanggapi dengan tegas.',
      '"Kami tidak ingin dia di sini," ujarnya.',
      'Tom Neill (70), mantan petugas kepolisian di Sandringham, memikirkan hal lain.',
      '"Berapa banyak biaya keamanan yang akan dikeluarkan?" katanya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Jacqueline Hargreaves', 'Tom Neill']);
  });

  it('reads an agent noun pointing back ("perenang 20 tahun itu") and a weak cue before a person noun ("lanjut pemain …")', () => {
    const { quotes } = run([
      'Perenang putra Amerika Serikat, Caeleb Dressel, menyamai rekor Michael Phelps.',
      '"Saya tidak pernah mendapatkan hal seperti ini," ucap Dressel.',
      '"Mungkin ini delapan hari paling menyenangkan," kata perenang 20 tahun itu.',
      '"Yang penting semua pemain ingin menang," lanjut pemain yang tampil impresif tersebut.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Caeleb Dressel', 'Caeleb Dressel', 'Caeleb Dressel']);
  });

  it('finds the name after a post and a place, and keeps the speaker when "ia mengatakan" reports what an office will do', () => {
    const { quotes } = run([
      '"Kami belum melihat peningkatan yang signifikan," ujar SVP divisi riset di App Annie, Danielle Levitas kepada BuzzFeed News.',
      'Penasihat Ahli Kapolri, Irjen Pol (Purn) Aryanto Sutadi menegaskan dugaan itu akan terbukti.',
      '"Itu hanya dugaan," tambah Aryanto.',
      'Ia lantas mengatakan, Polda Metro Jaya tetap akan membuktikan lebih dulu keaslian ijazah itu.',
      '"Jadi proses di Bareskrim akan dimulai," katanya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Danielle Levitas', 'Aryanto Sutadi', 'Aryanto Sutadi']);
  });

  it('reads a definite description as the person the story is about ("sang penyanyi", "Pelatih yang karib disapa … ini")', () => {
    const singer = run([
      'SURABAYA-Rina Kartika DJmembocorkan rencana konser perpisahannya di Surabaya.',
      '"Konsernya insya Allah akhir tahun, di lapangan terbuka," kata sang penyanyi di Surabaya, Jumat (20/6/2025).',
      '"Tamunya memang dibatasi," ungkap pelantunLagu Senjatersebut menambahkan.',
    ]);
    expect(singer.quotes.map((q) => q.speaker)).toEqual(['Rina Kartika DJ', 'Rina Kartika DJ']);
    const coach = run([
      'Kepala pelatih ganda campuran, Nova Widianto, mengaku sudah menyiapkan rencana cadangan.',
      '"Kami sudah diskusi dengan pengurus," kata Nova Widianto.',
      'Pemain asal Klaten yang kini melatih di Cipayung ini melanjutkan bahwa semua opsi terbuka.',
      'Pelatih yang karib disapa Nova ini mengatakan peluang datang dari sektor ganda putra. "Itu opsi pertama," tuturnya.',
    ]);
    expect(coach.quotes.map((q) => q.speaker)).toEqual(['Nova Widianto', 'Nova Widianto']);
  });

  it('does not take a place with "Luar" for a post, and gives "ujarnya" to the person the article keeps naming', () => {
    const { quotes } = run([
      'Jakarta, KABAR.ID - Mantan astronaut NASA Ron Garan berencana membawa wisatawan ke stratosfer.',
      'Garan yang pernah tinggal di Stasiun Luar Angkasa Internasional ini belakangan bercerita di sebuah diskusi.',
      '"Dari atas sana, saya tidak melihat batas negara," ujarnya.',
      'Garan bergabung dengan badan antariksa itu pada 2000.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ron Garan']);
  });

  it('reads a post that lists sectors over commas, a bracketed acronym, and a cue closing an indirect sentence', () => {
    const { quotes } = run([
      'Indonesia menjadi produsen alas kaki kelima terbesar di dunia, kata Dirjen Industri Kimia, Tekstil dan Aneka, Kementerian Perindustrian Achmad Sigit Dwiwahjono.',
      '"Negara kita dikenal sebagai produsen sepatu kelas dunia," katanya di Surabaya.',
      '"Ekspor ke India terus naik," kata Direktur Jenderal Industri Kimia, Farmasi, dan Tekstil (IKFT) Taufiek Bawazier dalam siaran persnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Achmad Sigit Dwiwahjono', 'Taufiek Bawazier']);
  });

  it('reads initials for a person named in full, "dirinya" as a pronoun, and a cue split from its name at a link', () => {
    const officials = run([
      'Menko Infrastruktur, Agus Harimurti Yudhoyono (AHY) mengundang investor dari Eropa dan Timur Tengah.',
      '"Kita sedang mengkurasi proyek yang akan dipamerkan," ungkap AHY dalam konferensi pers.',
      'Ketua Asosiasi Produsen Serat, Redma Gita Wirawasta, menyambut keputusan itu.',
      'Dirinya menambahkan, pasokan dalam negeri masih terbatas. "Coba bayangkan jika bea itu dikenakan," kata dia.',
    ]);
    expect(officials.quotes.map((q) => q.speaker)).toEqual(['Agus Harimurti Yudhoyono', 'Redma Gita Wirawasta']);
    const split = run([
      'Pelatih Timnas Indonesia Patrick Kluivert tetap optimistis menjelang laga di Osaka.',
      'Di tempat lain, Wali Kota Suita, Kenji Goto, menyiapkan pengamanan stadion.',
      '"Kami tahu akan menghadapi tim yang sangat kuat," kata',
      'Kluivert,',
      'dikutip dari',
      'ESPNAsia.',
    ]);
    expect(split.quotes.map((q) => q.speaker)).toEqual(['Patrick Kluivert']);
  });

  it('follows a person introduced as "salah satu pengunjung" when the next quote says only "ujarnya"', () => {
    const { quotes } = run([
      'JAKARTA, KABAR.ID - Pengunjung Taman Literasi Martha Christina Tiahahu mengaku tidak berharap banyak.',
      'Naufal (20), salah satu pengunjung, memutuskan mencari makan setelah skor 0-2.',
      '"Sudah pesimistis duluan, jadi sekalian cari makan dulu," ujarnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Naufal']);
  });

  it('follows a player who "angkat suara", and reads "pria Kosta Rika yang …" as him, not as a country', () => {
    const { quotes } = run([
      'MADRID, KABAR.ID - Pelatih Zinedine Zidane telah mengungkapkan rencananya untuk musim depan.',
      'Menjawab spekulasi soal posisi dirinya, Keylor Navas angkat suara.',
      '"Saya akan berjuang hingga mati untuk menjadi kiper Real Madrid," ujar pria Kosta Rika yang sebelumnya membela Levante itu.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Keylor Navas']);
  });

  it('reads "Menurut pentolan Dewa 19 itu" before anyone has spoken as the person the article is about', () => {
    const { quotes } = run([
      'JAKARTA- Ahmad Dhani memberikan nasihat kepada Al Ghazali yang baru menikah.',
      'Diketahui, Al Ghazali kini memiliki empat orang tua setelah Ahmad Dhani menikahi Mulan Jameel.',
      'Menurut pentolan Dewa 19 itu, empat orang tua Al bakal selalu memberikan nasihat.',
      '"Keempat orang tuamu akan selalu memberi nasihat yang baik," jelasnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ahmad Dhani']);
  });

  it('never takes a sentence opener ("Suatu kali", "Sambil") for a name, and ends the name after a cue at its verb', () => {
    const { quotes } = run([
      'Aktris Emma Watson membagikan buku di kereta bawah tanah London.',
      'Suatu kali, mengenai klub buku tersebut, ia mengatakan, "Saya mulai membaca banyak buku tentang persamaan gender."',
      'Tanggapan Emma soal kritik itu singkat saja. "Membaca adalah hak semua orang," ujarnya.',
      'Kementerian ESDM meresmikan SPBU modular di Sambas, Kalimantan Barat.',
      '"Sekarang kami tidak susah lagi mendapatkan BBM," ujar Bupati Sambas Atbah Romin Suhaili menyampaikan pujiannya atas SPBU pertama di Paloh.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Emma Watson', 'Emma Watson', 'Atbah Romin Suhaili']);
  });

  it('reads "Dokter Rita" and "Waketum PAN ini" as the person already named', () => {
    const doctor = run([
      'Menurut Dr. Rita Ramayulis dari Asosiasi Ahli Gizi Olahraga Indonesia, tubuh butuh gizi seimbang.',
      'Dokter Rita mengingatkan risiko minum dua liter susu per hari. "Kalau orang itu tidak butuh kalori sebanyak itu, tentu berisiko obesitas," ungkapnya.',
    ]);
    expect(doctor.quotes.map((q) => q.speaker)).toEqual(['Rita Ramayulis']);
    const politician = run([
      'Wakil Ketua MPR RI dari Fraksi PAN Eddy Soeparno meninjau pembangkit listrik biomassa di Deli Serdang.',
      '"Skema ini bisa menjadi contoh untuk diterapkan di wilayah lainnya," ujar Waketum PAN ini seperti dalam keterangannya.',
      'Doktor Ilmu Politik UI ini menegaskan banyak industri mensyaratkan energi terbarukan.',
      '"Saya mendorong lebih banyak lagi pembangkit yang beroperasi," jelasnya.',
    ]);
    expect(politician.quotes.map((q) => q.speaker)).toEqual(['Eddy Soeparno', 'Eddy Soeparno']);
  });

  it('reads "tutur rider yang …" and "ucap perempuan asal Blitar" as the person followed', () => {
    const rider = run([
      'Marc Marquez meraih kemenangan kedelapan musim ini di MotoGP Ceko.',
      '"Saya ingin berterima kasih kepada tim," tutur rider yang kini telah mencatatkan 70 kemenangan tersebut.',
    ]);
    expect(rider.quotes.map((q) => q.speaker)).toEqual(['Marc Marquez']);
    const baker = run([
      'Binti Rohmatin menjadi salah satu sosok di balik popularitas kue tiram di Surabaya.',
      '"Isian dasarnya ayam, rumput laut, dan tiram," ujar Binti Rohmatin.',
      '"Yang paling laku itu original dan premium," ucap perempuan asal Blitar.',
    ]);
    expect(baker.quotes.map((q) => q.speaker)).toEqual(['Binti Rohmatin', 'Binti Rohmatin']);
  });

  it('finds the holder of "Kalaksa BPBD Kabupaten Mojokerto", and never takes "Adik dari …" for a name', () => {
    const flood = run([
      'Kalaksa BPBD Kabupaten Mojokerto, Yoie Afrida Soesetyo Djati mengatakan, beberapa sungai meluap bersamaan.',
      'Dampak banjir di Dusun Talunbrak sebanyak 55 rumah warga.',
      '"Di Dusun Geneng, banjir menggenangi 17 rumah," ungkap Kalaksa BPBD Kabupaten Mojokerto.',
    ]);
    expect(flood.quotes.map((q) => q.speaker)).toEqual(['Yoie Afrida Soesetyo Djati']);
    const actress = run([
      'Shireen Sungkar baru pulang berlibur ke Selandia Baru bersama keluarga.',
      '"Itu pengalaman pertama liburan berempat," kata Shireen.',
      'Adik dari Zaskia Sungkar ini pun mengaku membawa dua balita pergi jauh cukup merepotkan.',
      '"Aku bawa Mbak satu, tapi tetap saja repot," katanya.',
    ]);
    expect(actress.quotes.map((q) => q.speaker)).toEqual(['Shireen Sungkar', 'Shireen Sungkar']);
  });

  it('never follows a noun with a demonstrative ("Varian ini merupakan …") as a person', () => {
    const { quotes } = run([
      '“Tidak ada laporan kasus Covid-19 dalam minggu terakhir,” kata Plt Kepala Dinkes Banyuwangi, Amir Hidayat, Kamis.',
      'Amir menjelaskan, virus yang menyebar berkembang dari garis keturunan Omicron. Varian ini merupakan jenis virus yang relatif tidak berbahaya. “Varian Omicron hanya masuk di saluran pernapasan atas,” jelasnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Amir Hidayat', 'Amir Hidayat']);
  });

  it('never follows a number opening a sentence ("Dua gol dari …") as a person', () => {
    const { quotes } = run([
      'Luciano Spalletti menutup petualangannya bersama Timnas Italia dengan kemenangan 2-0 atas Moldova.',
      'Spalletti sudah tahu laga ini akan menjadi yang terakhir. Ia dipecat setelah kekalahan dari Norwegia.',
      'Dua gol dari Giacomo Raspadori dan Andrea Cambiaso memastikan hasil akhir.',
      'Selepas pertandingan, Spalletti tampil jujur dan rendah hati. Ia mengakui bahwa dirinya gagal membuat dampak nyata sebagai pelatih kepala. “Pelatih harus membuat perbedaan, dan saya tidak melakukannya,” ujarnya dengan senyum sedih.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Luciano Spalletti']);
  });

  it('follows the person a description names with "bernama", not the village before it', () => {
    const { quotes } = run([
      'KEFAMENANU, KABAR.ID - Warga di lereng bukit dilanda kecemasan setelah longsor.',
      'Warga RT 002, Dusun 1, Desa Kiuola bernama Frits Satban mengaku sangat cemas beberapa waktu terakhir.',
      '"Lantai di rumah besar sudah mulai pecah-pecah," ujarnya saat ditemui, Senin.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Frits Satban']);
  });

  it('knows a nickname given beside the full name or by the cue, and cuts a prefixed word glued to a name', () => {
    const coach = run([
      'Persija Jakarta kini dilatih pelatih asal Brasil, Stefano Cugurra.',
      'Teco, sapaan Stefano Cugurra, pernah menjadi pelatih fisik di Arab Saudi.',
      '"Kami baru mengambil lisensi pelatih kepala setelah itu," ucap Teco pada sesi jumpa pers.',
    ]);
    expect(coach.quotes.map((q) => q.speaker)).toEqual(['Stefano Cugurra']);
    const quotedNick = run([
      "Juru taktik Persija, Stefano 'Teco' Cugurra, sudah mengantongi kekuatan lawan.",
      '"Kami tak boleh lengah di laga tandang ini," ujar Teco kepada wartawan.',
    ]);
    expect(quotedNick.quotes.map((q) => q.speaker)).toEqual(['Stefano Cugurra']);
    const statistician = run([
      'Kepala BPS Suhariyanto mengungkapkan jumlah wisatawan naik pada Juli.',
      '"Ada beberapa festival yang terjadi," ujar pria yang disapa Ketjuk ini di kantor BPS.',
      '"Kenaikan tertinggi ada di Soekarno Hatta," imbuh Ketjuk.',
    ]);
    expect(statistician.quotes.map((q) => q.speaker)).toEqual(['Suhariyanto', 'Suhariyanto']);
    const keeper = run([
      'Banyak pelajaran yang dipetik kiper PSM Reza Arya Pratamasepulangnya dari Timnas Indonesia.',
      '"Saya bisa berlatih bersama kiper-kiper dari luar negeri," kata Reza.',
    ]);
    expect(keeper.quotes.map((q) => q.speaker)).toEqual(['Reza Arya Pratama']);
  });

  it('reads "dr." and a degree after the name, and a doctor described at length as the doctor already named', () => {
    const { quotes } = run([
      'Penyakit Parkinson memengaruhi sistem saraf pusat. Petinju Muhammad Ali adalah salah satu penderitanya.',
      '"Penyakit ini terjadi karena kerusakan sel saraf penghasil dopamin," ujar dr. Gloria Tanjung, Sp.N seperti dikutip dari laman EMC.',
      '"Parkinson juga bisa menyerang orang yang lebih muda," jelas dokter spesialis neurologi ini.',
      'Meski demikian, Dr. dr. Prasetyadi Mawardi, Sp.DVE, Subsp.Ven, menyebut kanker sel basal tetap ganas.',
      '"Tumor ini berasal dari sel basal," jelas Dokter Spesialis Kulit dan Kelamin di RSUD Dr. Moewardi, Solo itu saat diwawancarai.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Gloria Tanjung', 'Gloria Tanjung', 'Prasetyadi Mawardi']);
  });

  it('cuts "bersama" glued to a name never printed alone', () => {
    const { quotes } = run([
      'Jakarta - Tya Ariestyabersama suaminya masih berada di Tanah Suci.',
      '"Alhamdulillah sudah selesai salat zuhur," kata Tya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Tya Ariestya']);
  });

  it('follows a person who "mengumumkan", keeps "Soekarnoputri" whole, and skips an inline read-also line and a title in quotes', () => {
    const singer = run([
      'Setelah kemenangan Trump, Miley Cyrus berupaya bangkit lagi.',
      'Cyrus juga mengumumkan bahwa dirinya akan merilis kampanye aksi sosial.',
      '"Saya meminta semuanya untuk terlibat di lingkungan masing-masing!" tulisnya.',
    ]);
    expect(singer.quotes.map((q) => q.speaker)).toEqual(['Miley Cyrus']);
    const president = run([
      'JAKARTA, KABAR.ID - Presiden ke-5 RI Megawati Soekarnoputri menyinggung sejarah Presiden Soekarno.',
      '"Kita boleh berbeda pendapat soal sejarah," ujar Megawati.',
    ]);
    expect(president.quotes.map((q) => q.speaker)).toEqual(['Megawati Soekarnoputri']);
    const company = run([
      'Direktur TOBA Rina Oktarina melaporkan divestasi akan membuat perseroan rugi secara akuntansi.',
      'Baca juga:Dapat Izin Ekspor Listrik ke Singapura, TOBA Fokus Selesaikan Proyek EBT',
      '"Namun ini hanya kerugian akuntansi," kata dia.',
      'Kementerian itu menerbitkan saran perjalanan dengan judul "Demonstrasi dan protes di kota", lalu memperingatkan pelancong.',
    ]);
    expect(company.quotes.map((q) => [q.text, q.speaker])).toEqual([['Namun ini hanya kerugian akuntansi', 'Rina Oktarina']]);
  });

  it('keeps an Arabic article inside a name and reads initials after a post', () => {
    const { quotes } = run([
      'Kapal Magic Seas diserang awal pekan ini di Laut Merah.',
      '"Ini adalah pengingat dari Garda Revolusi," ujar Maged al-Madhaji, ketua Pusat Studi Strategis Sanaa.',
      'Menko Infrastruktur dan Pembangunan Kewilayahan, Agus Harimurti Yudhoyono (AHY) membuka konferensi itu.',
      '"Ada lima topik utama yang akan dibahas," kata Menko AHY.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Maged al-Madhaji', 'Agus Harimurti Yudhoyono']);
  });

  it('gives a nickname to the name right before it, reads a co-founder as a post, and drops a speech verb after the speaker', () => {
    const { quotes } = run([
      'Pasangan ganda campuran Tontowi Ahmad / Liliyana Natsir lolos ke perempat final.',
      'Liliyana atau yang akrab disapa Butet, mengaku tampil lebih baik.',
      '"Melakukan kesalahan sendiri itu normal," kata Butet kepada wartawan.',
      '"Posisi kami adalah mitra strategis bagi regulator," ujar Co-founder Pluang, Claudia Kolonas.',
      'Presiden Prabowo Subianto bertemu sejumlah pengusaha di Istana.',
      '"Saya juga mampir ke Belarus," ujar Prabowo melanjutkan.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Liliyana Natsir', 'Claudia Kolonas', 'Prabowo Subianto']);
  });

  it('gives the quote to the name before "yang juga mengungkapkan", not to the company that spoke first', () => {
    const { quotes } = run([
      'Jakarta - Mengutip data riset pasar, Microsoft mengungkapkan bahwa Xbox One adalah konsol terlaris pada September.',
      'Berita itu datang dari bos pemasaran Xbox Mike Nichols yang juga mengungkapkan bahwa konsol itu terlaris di Inggris.',
      '"Xbox One adalah satu-satunya konsol yang tumbuh tahun ini," kata dia.',
    ]);
    // The brand run into the name ("Xbox Mike Nichols") is the known gap marked in the Bayern Munich test above.
    expect(quotes.map((q) => q.speaker)).toEqual([expect.stringMatching(/Mike Nichols$/)]);
  });

  it('reads an acting post with its bracketed short form, a sector word and a day the outlet ran into the name', () => {
    const { quotes } = run([
      '"Mereka dijerat pasal keimigrasian," kata Pelaksana tugas Direktur Jenderal Imigrasi (Plt Dirjen) Yuldi Yusman, dalam rilis, Rabu (9/7/2025).',
      'Analis Indo Premier Sekuritas, Imam Gunadi, menilai pasar masih tertekan.',
      '"Pertemuan di London akan menentukan arah pasar," kata Imam  Senin (9/6/2025).',
      'Ialah Sun Minghui. Usianya 71 tahun, tetapi ia rutin berlatih angkat beban.',
      '"Otot punggung saya mulai terbentuk dan saya tidak lagi merasa lemah," ujar Sun.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Yuldi Yusman', 'Imam Gunadi', 'Sun Minghui']);
    expect(quotes[0]!.role).toBe('Pelaksana tugas Direktur Jenderal Imigrasi');
  });

  it('does not read a noun opening the sentence as part of a name, and follows a description such as "Doktor Ilmu Politik UI ini"', () => {
    const { quotes } = run([
      'Keinginan Joe Taslim untuk berkarier di luar negeri sudah tercapai.',
      '"Saya baca skripnya dan merasa tertantang untuk memerankan tokoh itu," kata Joe.',
      'Wakil Ketua MPR Eddy Soeparno menilai kunjungan Presiden ke forum itu tepat.',
      'Doktor Ilmu Politik UI ini menegaskan, kehadiran Presiden merupakan tonggak penting.',
      '"Pilihan untuk hadir adalah wujud diplomasi ekonomi yang aktif," lanjutnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Joe Taslim', 'Eddy Soeparno']);
  });

  it('follows a person given with a post as the subject of the lead, not an official named later in the sentence', () => {
    const { quotes } = run([
      'Jakarta (ANTARA) - Wakil Ketua Komisi VII DPR Satya Widya Yudha mendukung kebijakan energi untuk rakyat, yang kini dilaksanakan Presiden Joko Widodo.',
      '"Komisi VII DPR akan terus mengawasi hal tersebut agar tidak terjadi penyimpangan," katanya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Satya Widya Yudha']);
  });

  it('reads initials in the middle of a sentence ("kata HNW") as the person named in full', () => {
    const { quotes } = run([
      'Wakil Ketua MPR, Hidayat Nur Wahid (HNW) mengecam penangkapan para aktivis kemanusiaan.',
      'Semua itu, kata HNW, menunjukkan bahwa masyarakat global sudah muak dengan kejahatan kemanusiaan.',
      '"Sikap yang sewenang-wenang tersebut jangan sampai terulang kepada siapa pun," ujarnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Hidayat Nur Wahid']);
  });

  it('reads ministries and ministers by their short names, and "The Fed" as an institution, not part of a name', () => {
    const { quotes } = run([
      'Menteri Perdagangan Enggartiasto Lukita menyatakan surplus perdagangan tahun ini tertinggi dalam lima tahun.',
      '"Capaian ekspor Desember baik migas maupun nonmigas tertinggi sepanjang tahun," ujar Mendag.',
      '"Kami sudah fokus mempromosikan wisata bahari sejak dua tahun lalu," kata Deputi Kemenpar I Gde Pitana.',
      '"Kami melihat tekanan inflasi masih kuat di Amerika Serikat," kata Ketua The Fed Jerome Powell.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Enggartiasto Lukita', 'I Gde Pitana', 'Jerome Powell']);
    expect(quotes[2]!.role).toBe('Ketua The Fed');
  });

  it('cuts a passive verb a scraped page glued to the name', () => {
    const { quotes } = run([
      'Pebulu tangkis ganda putri Siti Fadia Silva Ramadhantidipastikan tampil di turnamen berikutnya.',
      '"Kalau instruksi sih dari pelatih, kami tinggal menjalankan saja," ujar Fadia.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Siti Fadia Silva Ramadhanti']);
  });

  it('does not take a reduplicated word opening the sentence for a name', () => {
    const { quotes } = run([
      'Aktris Tya Ariestya baru pulang dari Tanah Suci bersama suaminya.',
      'Tanda-tanda keberangkatan Tya sudah terlihat sejak Ramadan. Dalam sebuah unggahannya, ia menyatakan, "Bismillah, diniatkan buat daftar haji tahun ini bareng suami."',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Tya Ariestya']);
  });

  it('reads "kata pentolan Dewa 19" as the musician the article follows, and "Semakin" as no name', () => {
    const { quotes } = run([
      'Musisi Ahmad Dhani menyiapkan pesta pernikahan putranya di Jakarta.',
      '"Insyaallah Presiden datang di tanggal 19 nanti," kata pentolan Dewa 19 di kawasan Menteng.',
      'Salah Semakin Klop',
      '"Saya pikir kami bisa bermain lebih baik lagi musim ini," ujar Klopp.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ahmad Dhani', 'Klopp']);
  });

  it('reads "ujar Kepala Negara" as the president being followed, not another president named since', () => {
    const { quotes } = run([
      'SOLO, KABAR.ID - Presiden Prabowo Subianto bercerita soal kunjungan kerjanya ke luar negeri.',
      'Prabowo juga menceritakan keberhasilannya bernegosiasi dengan Presiden Amerika Serikat Donald Trump.',
      '"Saya juga mampir Belarus, mereka butuh karet kita," ujar Kepala Negara melanjutkan.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Prabowo Subianto']);
  });

  it('finds a quote closed by a name and a verb ("…," Richard menambahkan.)', () => {
    const { quotes } = run([
      'Pelatih ganda campuran Richard Mainaky memutuskan pasangan itu absen di India Terbuka.',
      '"Keadaan seperti ini memang tidak bisa dihindari, lebih baik mereka bersiap untuk All England," Richard menambahkan.',
      '"Targetnya tetap semaksimal mungkin, minimal lolos ke semifinal dahulu," Richard Mainaky menjelaskan.',
    ]);
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([
      ['Richard Mainaky', 'menambahkan'],
      ['Richard Mainaky', 'menjelaskan'],
    ]);
  });

  it('reads "saran" after a quote as its cue', () => {
    const { quotes } = run([
      'Peneliti jantung Mohamad Firas Barbour meneliti pola makan perempuan pasca-menopause.',
      '"Pemahaman yang lebih baik tentang gizi dan gagal jantung sangat diperlukan," saran Barbour.',
    ]);
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([['Mohamad Firas Barbour', 'saran']]);
  });

  it('finds the subject after "Saat itu" and a quote after "bercanda,"', () => {
    const { quotes } = run([
      'Saat itu Cristiano Ronaldo selalu beralasan menghormati kontrak. “ Saya ingin mengakhiri karier di Real Madrid, jika itu mungkin, ” tegasnya.',
      'Aktris itu mengembalikan tisu kepada Jimmy Fallon yang bercanda, "Saya akan menjualnya di eBay malam ini."',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Cristiano Ronaldo', 'Jimmy Fallon']);
  });

  it('gives a quote closing the paragraph to the person the sentence before it made the speaker', () => {
    const { quotes } = run([
      'TEHERAN, KABAR.ID - Pemimpin tertinggi Iran Ayatollah Ali Khamenei memperingatkan Amerika Serikat agar tidak terlibat.',
      'Khamenei menekankan kebijakan pertahanan timbal balik Iran. "Perang akan dibalas dengan perang, serangan dengan serangan."',
      'Rudal itu menghantam sebuah gedung di Tel Aviv. "Bangunan itu hancur total."',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ali Khamenei']);
  });

  it('reads a full name alone after the quote as its signature', () => {
    const { quotes } = run([
      '“Data dari Komisi Sekuritas mendukung tesis inti kami bahwa Bitcoin akan terus naik.” Geoffrey Kendrick.',
      '“Pasar masih menunggu keputusan bank sentral.” Investor.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Geoffrey Kendrick']);
  });

  it('reads an English post before the name ("President of the … Institute of Public Relations, Advita Patel")', () => {
    const { quotes } = run([
      '"Ini adalah protes diam oleh anak muda untuk merespons burnout," jelas President of the Chartered Institute of Public Relations, Advita Patel, dilansir dari Fortune.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Advita Patel']);
  });

  it('follows the narration between two quotes of a one-paragraph body', () => {
    const { quotes } = run([
      'MEDAN, KABAR.ID - Pabrik minuman itu diresmikan. "Kami mengapresiasi perusahaan ini sebagai pelopor industri minuman," kata Dirjen Industri Agro Kementerian Perindustrian, Panggah Susanto di Medan. Direktur Supply Chain perusahaan itu, Gigy Philip menerangkan bahwa investasi akan terus ditambah. "Sebagai perusahaan PMA, kami telah berinvestasi 445 juta dollar AS," paparnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Panggah Susanto', 'Gigy Philip']);
  });

  it('separates titles glued to a name and finds the doctor named after her post', () => {
    const { quotes } = run([
      '"Konsumsi keju berhubungan dengan kesehatan mental," kata Dr.Rita Ramayulis dari Asosiasi Ahli Gizi Olahraga Indonesia di Jakarta.',
      '"Gejala umum varian ini meliputi sakit tenggorokan parah," kata Dokter Umum di The London General Practice, dr. Naveed Asif, mengutip Independent.',
      'Nama Reza masuk dalam daftar pemain yang dipanggil pelatih. Namun, Reza Arya Pratama belum debut.',
      '"Saya banyak belajar dari kiper-kiper senior di sana," kata Reza.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Rita Ramayulis', 'Naveed Asif', 'Reza Arya Pratama']);
  });

  it('reads "alumni … tersebut" as the person followed, and an office named for its city as no person', () => {
    const { quotes } = run([
      '"Dingin sekali di sini," ujar CEO Cisco, Chuck Robbins sambil tertawa.',
      '"Kami percaya program ini bisa membuka kesempatan bagi banyak orang," tegas alumni Rocky Mount High School, North Carolina tersebut.',
      '"Deportasi dilakukan karena mereka melanggar izin tinggal," kata Kabid Inteldakim Imigrasi Batam, Jefrico Daud Marturia.',
      'Deportasi dilakukan melalui Bandara Hang Nadim Batam. Imigrasi Batam juga mengajak masyarakat aktif melapor.',
      '"Kami mengimbau masyarakat agar turut serta melaporkan orang asing yang mencurigakan," ujarnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Chuck Robbins', 'Chuck Robbins', 'Jefrico Daud Marturia', 'Jefrico Daud Marturia']);
  });

  it('reads "insan film kawakan ini" as the producer the article follows, not the industry it opens with', () => {
    const { quotes } = run([
      'Industri film Indonesia boleh berharap banyak dari film Foxtrot Six, yang diproduseri Mario Kassar.',
      'Dalam penggarapan film itu, Kassar berperan sebagai produser eksekutif.',
      '“ Ketika membaca skenarionya, saya langsung tertarik, ” kata insan film kawakan ini kepada wartawan.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Mario Kassar']);
  });

  it('takes the name after "Menurut <description>," as the speaker "ujarnya" refers to', () => {
    const { quotes } = run([
      'Menurut dosen pembimbing kedua mahasiswa yang mendesain jembatan kaca tersebut, Lukito Prasetyo di Malang, Senin, jembatan itu juga memiliki nilai estetika.',
      '"Oleh sebab itu, terpilihlah model jembatan gantung dengan tambahan kaca," ujarnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Lukito Prasetyo']);
  });

  it('reads "catat mereka" after a quote as its cue', () => {
    const { quotes } = run([
      'Peneliti Javier Medina meneliti wadah makanan plastik bersama timnya.',
      '"Alternatif yang bagus untuk wadah kaca adalah stainless steel yang jauh lebih kuat," catat mereka.',
    ]);
    expect(quotes.map((q) => q.cue)).toEqual(['catat']);
  });

  it('reads "ia menyambung", "balas kapten …" and "jebolan … tersebut" as cues and speakers', () => {
    const { quotes } = run([
      'Koki Aditya Muskita menjelaskan ragam kuliner Indonesia kepada tamu asing.',
      '"Anda tidak dapat merangkum cita rasa Indonesia dalam satu hidangan," ia menyambung.',
      '"Kami ingin menunjukkan level kami terus meningkat," balas kapten Jepang Wataru Endo.',
      'Kiper Timnas Indonesia, Emil Audero, mengajak suporter ikut bermain.',
      '"Hal terpenting adalah tetap fokus kepada apa yang harus dilakukan," tutur jebolan akademi Juventus tersebut.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Aditya Muskita', 'Wataru Endo', 'Emil Audero']);
  });

  it('does not read a subheading with a headline verb as a name', () => {
    const { quotes } = run([
      '"Saya memiliki karier olahraga yang sangat panjang," ujar Lionel Messi.',
      '"Saya selalu punya orang-orang terpercaya di sekitar saya," kata Messi.',
      'Dapat Kunci Kota Miami, Messi Ucapkan Terima Kasih',
      'Melalui unggahan di Instagram, Messi menyampaikan rasa terima kasihnya.',
      '"Saya sangat berterima kasih atas penghargaan dari Kota Miami," tulisnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Lionel Messi', 'Lionel Messi', 'Lionel Messi']);
  });

  it('reads "ucap pemain yang …" as the player the article follows', () => {
    const { quotes } = run([
      'Kiper Timnas Indonesia, Emil Audero, mengajak suporter ikut bermain.',
      '"Saya sebelumnya baru sekali berada di sini, di Jakarta," ucap pemain yang musim ini dipinjamkan Como ke Palermo.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Emil Audero']);
  });

  it('reads English posts such as "Board Advisor", and a name followed by post and company', () => {
    const { quotes } = run([
      '“Kami berharap langkah ini meningkatkan perlindungan konsumen,” ujar Board Advisor CryptoUK, Ian Taylor.',
      'Kirsty Glenn, direktur utama perusahaan koper asal Inggris, Antler, menyebut permintaan koper kecil melonjak.',
      '"Kami melihat lonjakan besar dalam pencarian koper kecil di situs kami," kata dia.',
      'Maskapai Wings Air membuka rute baru dari Dabo Singkep ke Batam.',
      '"Pesawat ini solusi perjalanan yang cepat," jelas Corporate Communications Strategic of Wings Air, Danang Mandala Prihantoro dalam keterangannya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ian Taylor', 'Kirsty Glenn', 'Danang Mandala Prihantoro']);
  });

  it('cuts a word a scraped page glued to a name when the article prints that word on its own', () => {
    const { quotes } = run([
      'Paris Saint-Germain kalah. Hasil ini bikin sang pelatih Luis Enriquefrustrasi.',
      'Wajar jika Enrique frustrasi betul melihat kekalahan itu.',
      '"Sudah pasti kami frustrasi dengan hasilnya," ujar Enrique di situs resmi klub.',
      'Menteri UMKM Maman Abdurrahmanmembuka kembali toko itu di Banjarbaru.',
      '"Kejadian ini bisa menjadi pembelajaran bagi pengusaha," kata Menteri Maman.',
      '"Evakuasi pukul 11.30 Wita," kata Koordinator Pos SAR Manggarai Barat Edy Suryono.',
      '"Dia sejak dini sudah jadi fans Barca," ujar Thariq Halilintardikutip dari kanal YouTube-nya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Luis Enrique', 'Maman Abdurrahman', 'Edy Suryono', 'Thariq Halilintar']);
  });

  it('reads forms of address and local posts before a name ("Cak Eri", "Lurah Andri") as no part of it', () => {
    const { quotes } = run([
      'Wali Kota Surabaya Eri Cahyadi menerapkan sekolah tanpa pekerjaan rumah sejak 2022.',
      '"Semua kebijakan itu kami terapkan demi karakter anak," kata Cak Eri.',
      'Lurah Cipinang, Andri Junizar, mengenal pria itu.',
      '"Dia sudah biasa mondar-mandir di sini, tapi bukan warga sini," ujar Lurah Andri.',
      'Ulama Yahya Zainul Ma’arif menjelaskan keutamaan puasa sunah.',
      '"Paling bagus puasa setelah Ramadhan itu puasa Syawal," kata Buya Yahya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Eri Cahyadi', 'Andri Junizar', 'Yahya Zainul Ma’arif']);
  });

  it('reads "Kapolres menjelaskan" as the chief named before, so "jelasnya" after it is his', () => {
    const { quotes } = run([
      '"Dari hasil tes urine, pelaku positif sabu," kata Kapolres Kendal AKBP Hendry Susanto Sianipar.',
      'Komandan Kodim setempat mengatakan pelaku pernah bertugas di Kostrad.',
      'Kapolres menjelaskan petugas juga menggeledah rumah pelaku. "Saat hasilnya positif, kami kembangkan dan lakukan penggeledahan," jelasnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Hendry Susanto Sianipar', 'Hendry Susanto Sianipar']);
  });

  it('prefers the article\'s own "Harris Turino" over the known Kamala Harris, but keeps the known Prabowo named with his post', () => {
    const { quotes } = run([
      'Anggota Komisi XI DPR RI, Harris Turino, menyoroti rencana belanja sejumlah direktorat pada 2026.',
      '"Anggaran pengawasan internal harus dipakai untuk mencegah pelanggaran," sambung Harris.',
      'Presiden Prabowo menerima Kapolri Jenderal Listyo Sigit Prabowo di Istana, Senin (20/10/2025).',
      '"Saya minta penegakan hukum tidak tumpul ke atas," kata Prabowo.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Harris Turino', 'Prabowo Subianto']);
  });

  it('reads an acting post marked "(Plt)" through to the name after it', () => {
    const { quotes } = run([
      '"Kerugian negara nanti terbagi di beberapa perusahaan penerima proyek," kata Pelaksana Tugas (Plt) Deputi Penindakan KPK Bayu Kurniawan di gedung KPK, Selasa (21/10/2025).',
    ]);
    expect(quotes[0]).toMatchObject({ speaker: 'Bayu Kurniawan', role: 'Pelaksana Tugas Deputi Penindakan KPK' });
  });

  it('reads the word after "asal" as a place and names the person after the comma', () => {
    const { quotes } = run([
      '"Air sudah masuk rumah sejak semalam, motor saya juga mogok," kata salah satu pengemudi ojol asal Kaligawe, Rudi (41) kepada wartawan di lokasi.',
      '"Kami berharap pompa segera dinyalakan," ujarnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Rudi', 'Rudi']);
  });

  it('reads "kata presiden" as the known president the article names, even when it never writes his post', () => {
    const { quotes } = run([
      'Elon Musk kembali berselisih dengan Donald Trump soal rancangan anggaran belanja federal.',
      '"Partai baru ini dibentuk untuk mengembalikan kebebasan kalian," tulis Musk di media sosial.',
      'Setelah Musk mengkritik keras RUU itu, Trump mengancam akan mencabut kontrak pemerintah untuk perusahaan-perusahaan Musk.',
      '"Kita lihat saja nanti apa yang akan terjadi," kata presiden kepada wartawan di Gedung Putih.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Elon Musk', 'Donald Trump']);
  });

  it('knows officials the outlets call by nickname: "Gus Ipul" is the Minister of Social Affairs Saifullah Yusuf', () => {
    const { quotes } = run([
      'Menteri Sosial Saifullah Yusuf meninjau penyaluran bantuan langsung tunai di Bandung, Selasa (21/10/2025).',
      '"Penyaluran tahap ini kami pastikan selesai sebelum akhir bulan," kata Gus Ipul kepada wartawan.',
    ]);
    expect(quotes[0]).toMatchObject({ speaker: 'Saifullah Yusuf', speakerSlug: 'saifullah-yusuf' });
  });

  it('reads posts, a party\'s statement and a statement named with its issuer as cues', () => {
    const { quotes } = run([
      'Elon Musk kembali mengkritik rancangan anggaran pemerintah federal pada akhir pekan.',
      '"Kalian menginginkan partai baru dan kalian akan mendapatkannya!" ia memposting pada hari Sabtu.',
      '"Kami segera berkoordinasi dengan kepolisian setempat dan menjenguk para WNI," jelas pihak KBRI Phnom Penh dalam keterangannya.',
      '"Warga di bantaran sungai kami minta tetap waspada dan segera melapor," pernyataan BPBD Sukabumi melalui rilis resminya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Elon Musk', 'KBRI Phnom Penh', 'BPBD Sukabumi']);
  });

  it('does not take a regency or a list ordinal for a person, and follows a speaker named by a cue between commas', () => {
    const { quotes } = run([
      '"Jembatan darurat itu hanyut sore tadi," kata Kalakhar Badan Penanggulangan Bencana Daerah Kabupaten Boyolali, Suratno, Selasa (21/10/2025).',
      'Sekitar pukul 15.23 WIB, warga melaporkan jembatan penghubung dua dukuh itu hanyut.',
      'Tak hanya itu, lanjut Suratno, hujan deras juga membuat sungai di Desa Sambeng meluap.',
      '"Di sana air sempat masuk ke rumah warga," imbuh dia.',
      '"Kami membawa delapan tuntutan rakyat," kata Koordinator aksi Dialo Hujanbiru.',
      'Keenam, massa meminta pemerintah mewujudkan pendidikan gratis yang berkualitas.',
      '"Tujuh, ciptakan layanan kesehatan yang mengutamakan rakyat," ujarnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Suratno', 'Suratno', 'Dialo Hujanbiru', 'Dialo Hujanbiru']);
  });

  it('gives "kata Kapolres" to the officer being followed when no one was named with that post', () => {
    const { quotes } = run([
      'Kombes Susatyo menjelaskan gerai murah itu hadir untuk para pengemudi ojek daring.',
      '"Kami ingin ojol menjadi mitra strategis Polri," kata Kapolres, Selasa (21/10/2025).',
    ]);
    expect(quotes[0]).toMatchObject({ speaker: 'Susatyo', role: 'Kapolres' });
  });

  it('cuts "yang" or "tampil" glued once onto a name, but keeps a surname printed again ("Sebayang")', () => {
    const { quotes } = run([
      'Pebulu tangkis ganda putra Moh Reza Pahlevi Isfahaniyang baru kembali dari Jepang mengaku puas.',
      '"Kami berdua sudah lebih padu dibanding tahun lalu," kata Reza.',
      'Kapolres Minola Sebayang menjelaskan kronologi kejadian kepada wartawan.',
      '"Korban sudah kami bawa ke rumah sakit," kata Sebayang.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Moh Reza Pahlevi Isfahani', 'Minola Sebayang']);
  });

  it('knows Ahok, and never takes the platform or the outlet a quote was given to for its speaker', () => {
    const { quotes } = run([
      'Mantan Gubernur DKI Jakarta itu menyoroti sistem parkir di ibu kota saat ditemui di Jakarta Selatan.',
      '"Saya kira sistem parkir berbasis aplikasi bisa menutup kebocoran," kata Ahok kepada wartawan.',
      'Seorang pengemudi ojek, H (45), mengaku melihat kejadian itu dari dekat.',
      '"Saya turun di Jalan Kinibalu dan melihat motor terbakar," kata H kepada Tribunkaltim, Senin (9/6/2025).',
    ]);
    expect(quotes.map((q) => q.speaker)[0]).toBe('Basuki Tjahaja Purnama');
    expect(quotes[1]!.speaker).not.toBe('Tribunkaltim');
  });

  it('reads "ujar Tiko, sapaan akrabnya" as the nickname of the person followed, and drops "Aipda" and glued words after initials', () => {
    const { quotes } = run([
      'Ketua Umum Perbanas Kartika Wirjoatmodjo menilai peran Ketua OJK perlu ditinjau kembali.',
      '"Kalau masih seperti sekarang, pemikirannya jadi tidak integratif," ujar Tiko, sapaan akrabnya, dalam rapat di DPR.',
      'Terdakwa Aipda Robig Zainuddin membacakan pleidoi di hadapan majelis hakim.',
      '"Saya mohon maaf kepada keluarga korban," kata Aipda Robig.',
      'Penyanyi senior Fariz RMkembali tampil di panggung setelah dirawat selama dua pekan.',
      '"Saya berserah diri kepada Tuhan," kata Fariz RM.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Kartika Wirjoatmodjo', 'Robig Zainuddin', 'Fariz RM']);
  });

  it('drops "sapaan akrabnya" from a nickname cue and a short post before a name ("Sesmenko Susiwijono")', () => {
    const { quotes } = run([
      '"Mahasiswa baru langsung menjadi peserta BPJS Kesehatan," kata Cak Imin sapaan akrabnya di Surabaya, Kamis (14/8/2025).',
      'Sekretaris Kemenko Perekonomian Susiwijono Moegiarso hadir dalam acara itu.',
      '"Kami berterima kasih atas dukungan semua pihak," kata Sesmenko Susiwijono.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Muhaimin Iskandar', 'Susiwijono Moegiarso']);
  });

  it('reads "Agung" as a given name, but not after "Jaksa" or "Kejaksaan"', () => {
    const { quotes } = run([
      'Wali Kota Pekanbaru Agung Nugroho menerima gelar adat dari Lembaga Adat Melayu.',
      '"Gelar ini amanah yang sangat berat bagi kami," kata Agung tegas.',
      'Kepala Pusat Penerangan Hukum Kejaksaan Agung Harli Siregar membenarkan pemeriksaan itu.',
      '"Pemeriksaan saksi masih berjalan," kata Harli.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Agung Nugroho', 'Harli Siregar']);
    expect(quotes[1]!.role).toBe('Kepala Pusat Penerangan Hukum Kejaksaan Agung');
  });

  it('follows the person named after a post held at a place ("Menurut Petugas Pos Pengamatan Gunung Semeru, Ghufron Alwi"), and knows KDM', () => {
    const { quotes } = run([
      'Menurut Petugas Pos Pengamatan Gunung Semeru, Ghufron Alwi, gunung itu mengalami 38 kali gempa letusan dalam sehari.',
      '"Aktivitas Gunung Semeru juga mengalami tiga kali gempa harmonik," paparnya.',
      'Gubernur Jawa Barat itu menanggapi sorakan pendukung klub sepak bola setempat.',
      '"Hei, ini forum saya, bukan forum klub," kata KDM.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ghufron Alwi', 'Dedi Mulyadi']);
  });

  it('cuts "kini" glued onto a name, drops a "DR" title, and reads "Boy -sapaan akrabnya" as a nickname', () => {
    const { quotes } = run([
      'Aktor muda Bevan Puterakini membuka usaha kedai kopi di Jakarta Selatan.',
      '"Itu semua dari uang tabungan sendiri," kata Bevan.',
      'Ahli gizi klinik DR Noorwati Sutandyo menjelaskan dampak malnutrisi pada pasien kanker.',
      '"Malnutrisi memperlambat proses penyembuhan," kata DR Noorwati.',
      'Ketua Umum PBSI Sabar Karyaman Gutama menyambut baik penunjukan itu.',
      '"Kami sangat bersyukur bisa menjadi tuan rumah," kata Boy -sapaan akrabnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Bevan Putera', 'Noorwati Sutandyo', 'Sabar Karyaman Gutama']);
  });

  it('reads "dr Name" after a post and a place as the person, not the place before it', () => {
    const { quotes } = run([
      'Dokter Spesialis Jantung, Konsultan Kardiologi di Rumah Sakit Harapan Bunda Central, dr Rina Kusuma, Sp.JP menjelaskan bahwa penyakit jantung tidak hanya menyerang lansia.',
      '"Pola makan dan kurang gerak membuat orang muda juga berisiko," jelasnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Rina Kusuma']);
  });

  it('reads "dilansirdetikJatim" glued after the speaker as the medium, not as part of who spoke', () => {
    const { quotes } = run(['"Api berasal dari pengisi daya ponsel yang meledak," kata Kapolsek Kemuning AKP Jalili, dilansirdetikSumbagsel, Rabu (18/6/2025).']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Jalili']);
  });

  it('follows a parent introduced as "Name, orangtua X" to "katanya", past a hospital named after a doctor', () => {
    const { quotes } = run([
      'Jenazah Sinta dibawa ke Instalasi Forensik RSUD dr Pirngadi Medan untuk diautopsi.',
      'Darmaji, orangtua Sinta Lestari tak kuasa menahan tangis di depan kamar jenazah.',
      '"Dia pamit mau melamar kerja ke pabrik pagi tadi," katanya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Darmaji']);
  });

  it('does not take a passive verb opening the sentence ("Didampingi …", "Dihubungi …") for the speaker', () => {
    const { quotes } = run([
      'Bakal calon bupati Slamet Riyadi mengembalikan formulir pendaftaran ke kantor partai, Jumat.',
      'Didampingi istri dan para relawannya, Pak Slamet memaparkan niatnya maju. "Saya menawarkan sembilan program unggulan," tegas perwira polisi aktif ini.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Slamet Riyadi']);
  });

  it('skips an undotted specialist degree ("SpPD-KGEH") between the name and the verb', () => {
    const { quotes } = run([
      'Dokter spesialis penyakit dalam di RS Harapan Kita, Dr. dr. Ratna Wulandari, SpPD-KGEH mengatakan, gejala itu sering tidak disadari.',
      '"Gula darah yang terlalu rendah bisa membuat pasien pingsan," ujarnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ratna Wulandari']);
  });

  it('reads "Name, pemilik bengkel X, mengatakan" as the name, and "Menyinggung …" opening a sentence as no one', () => {
    const { quotes } = run([
      'Hendra, pemilik bengkel Sinar AC Mobil, mengatakan banyak pemilik mobil enggan memasang filter kabin.',
      '"Mereka kira tanpa filter anginnya lebih dingin," ujarnya.',
      'Menyinggung soal harga suku cadang, Hendra mengaku tidak banyak berubah. "Harganya masih sama seperti tahun lalu," katanya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Hendra', 'Hendra']);
  });

  it('names the person after "perajin <place>," and reads "Bung" as a form of address', () => {
    const { quotes } = run([
      '"Permintaan keranjang bambu naik sejak ada larangan kantong plastik," kata perajin Lingkungan Sumberejo, Wawan Setiadi, Rabu (4/6/2025).',
      'Pengamat sepak bola Mohamad Kusnaeni menilai pemecatan itu tidak biasa.',
      '"Biasanya alasan pemutusan kontrak menjadi rahasia," ujar Bung Kus.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Wawan Setiadi', 'Mohamad Kusnaeni']);
  });

  it('cuts a word glued to a name where the headline prints the two apart', () => {
    const { quotes } = extractQuotes(
      {
        title: 'Partner Belum Diumumkan, Rahmat Hidayatullah Pasrah Dipasangkan dengan Pemain Muda',
        paragraphs: ['JAKARTA - Pebulu tangkis ganda campuran Rahmat Hidayatullahpasrah jika PBSI memasangkannya dengan pemain muda.', '"Saya ikut keputusan pelatih saja," ujar Rahmat.'],
      },
      k,
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Rahmat Hidayatullah']);
  });

  it('keeps "Menteri Pemuda dan Olahraga" as the post, so "ujar Menpora" finds its holder', () => {
    const { quotes } = run([
      'Menteri Pemuda dan Olahraga Dito Ariotedjo menyambut kemenangan timnas U-23 atas Mongolia.',
      '"Jangan pernah berpuas atas kemenangan ini," ujar Menpora kepada wartawan.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Dito Ariotedjo']);
  });

  it('reads "Post, Name, verb" as the name opening who speaks next, cuts "Zonyang", and knows "Menbud" and "Wamensos"', () => {
    const { quotes } = run([
      'Kepala Seksi Wilayah II Syafrizal memimpin patroli di kawasan hutan itu.',
      'Kepala BKSDA Bengkulu, Himawan Santoso, optimistis habitat gajah masih dapat diselamatkan.',
      '"Kami optimistis penyelamatan gajah masih bisa dilakukan," katanya.',
      'Menteri Kebudayaan Fadli Zonyang hadir di Makassar mengecam perusakan situs itu. Fadli Zon juga meninjau lokasi.',
      '"Saya mengutuk perusakan ini," ujar Menbud Fadli.',
      'Wakil Menteri Sosial Agus Jabo Priyono membuka pelatihan itu.',
      '"Saya mewakili bapak Menteri Sosial," kata Wamensos Agus.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Himawan Santoso', 'Fadli Zon', 'Agus Jabo Priyono']);
  });

  it('names "petani asal Kudus, Agus", reads "ujar lanjutnya" as the same speaker, and keeps "Menteri Lingkungan Hidup" a post', () => {
    const { quotes } = run([
      '"Kami menuntut harga gula dinaikkan," kata salah seorang petani tebu asal Kudus, Agus ditemui di sela-sela persiapan, Minggu.',
      '"Pesanan terjauh datang dari Sangatta," ujar lanjutnya.',
      'Menteri Lingkungan Hidup Hanif Faisol Nurofiq meninjau lokasi tambang itu.',
      '"Kami tidak akan membiarkan kerusakan sedikit pun," tegas Menteri Lingkungan Hidup Hanif dalam rilisnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Agus', 'Agus', 'Hanif Faisol Nurofiq']);
  });

  it('cuts "beberapa" glued after a name the article prints alone', () => {
    const { quotes } = run(['Istri Marshel Widianto,Cesenbeberapa waktu lalu berulang tahun.', 'Cesen mengaku terharu.', '"Aku sampai nangis," kata Cesen.']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Cesen']);
  });

  it('knows a name from the headline when the body glues a word to it, and takes no "Proses …" opener for a name', () => {
    const { quotes } = extractQuotes(
      {
        title: 'Pernikahan Sederhana ala Rendy Pramudita dan Vina Carolina di KUA',
        paragraphs: [
          'Pemain film Rendy Pramuditaakhirnya buka suara di Instagram mengenai pernikahannya dengan Vina Carolina.',
          'Pasangan itu akhirnya menikah di Kantor Urusan Agama. "Kami menikah dengan konsep sederhana," tulis Rendy.',
          'Kepala Seksi Pertamanan Devi Librianti memimpin penebangan pohon itu.',
          'Proses penebangan diawali dengan pemangkasan batang-batang pohon.',
          '"Tingginya sudah mencapai 20 meter," ujarnya.',
        ],
      },
      k,
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Rendy Pramudita', 'Devi Librianti']);
  });

  it('parts two words a page printed without a space when the article prints both alone ("ArtisDevano Danendra")', () => {
    const { quotes } = extractQuotes(
      {
        title: 'Devano Danendra Fokus Kuliah dan Film',
        paragraphs: [
          'ArtisDevano Danendra mengaku kini membagi waktu antara kuliah di Bandung dan syuting di Jakarta.',
          '"Yang pasti saya tetap main film, tapi kuliah jalan terus," ujar Devano saat ditemui di Jakarta.',
          'Ibunya, Iis Dahlia, mendukung pilihan itu. Iis juga sering menemani anaknya, dan sang artis ikut ke lokasi syuting.',
          '"Iya jadi bolak-balik saja, jadi saya yang antar," kata Iis.',
        ],
      },
      k,
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Devano Danendra', 'Iis Dahlia']);
  });

  it('drops a read-also headline inside a paragraph and keeps the sentence after it ("… Ini Respons Maskapai Rosan mengatakan")', () => {
    const { quotes } = extractQuotes(
      {
        title: 'Garuda Minta Dana Tambahan, Bos Danantara Buka Suara',
        paragraphs: [
          'JAKARTA - Permintaan dana Garuda telah dikonfirmasi CEO Danantara Rosan Roeslani. "Itu sedang dievaluasi di holding," kata dia kepada wartawan.Baca Juga: Bagasi Penumpang Hilang di Bandara, Ini Respons Maskapai Rosan mengatakan evaluasi juga dilakukan terhadap seluruh BUMN. "Bukan hanya Garuda, kita mengevaluasi semua BUMN," tegasnya.',
        ],
      },
      k,
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Rosan Roeslani', 'Rosan Roeslani']);
  });

  it('knows "Yuni" as Sri Wahyuni and follows her as the person the article is about', () => {
    const { quotes } = extractQuotes(
      {
        title: 'Kader Kesehatan di Balik Kampung Bebas Asap Rokok',
        paragraphs: [
          'SOLO, KABAR.ID - Dalam pertemuan warga RW 12, suasana berubah tegang setelah Sri Wahyuni diberi kesempatan bicara.',
          'Yuni mengajak warga membentuk Kampung Bebas Asap Rokok. Ajakan itu ditolak banyak warga.',
          'Namun Yuni tidak menyerah dan terus mendatangi rumah warga satu per satu.',
          '"Dulu saya pernah ditentang, bahkan dimusuhi tetangga sendiri," ceritanya saat berbincang pada Selasa.',
          'Kini spanduk Kampung Bebas Asap Rokok terpasang di gapura, dan Kawasan Tanpa Rokok diperluas ke balai warga. Papan Rokok Membunuh juga dipasang.',
          '"Kami sadar tidak mungkin berjalan sendiri," ungkap Yuni.',
        ],
      },
      k,
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Sri Wahyuni', 'Sri Wahyuni']);
  });

  it('parts a glue the page made once when one half is printed alone ("Pramono AnungWibowo"), but not a brand printed again and again', () => {
    const { quotes } = extractQuotes(
      {
        title: 'Pramono Anung Tinjau Layanan KTP di Kelurahan',
        paragraphs: [
          'JAKARTA, KABAR.ID - Gubernur Jakarta Pramono AnungWibowo meninjau layanan KTP di sejumlah kelurahan, Senin.',
          '"Kemarin keluhannya menunggu terlalu lama, sekarang harus lebih cepat," kata Pramono.',
          'Warga kini juga bisa mendaftar lewat aplikasi JakServe. Aplikasi JakServe sudah diunduh ribuan warga.',
          '"JakServe memudahkan kami mendaftar dari rumah," ujar seorang warga bernama Sari.',
        ],
      },
      k,
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Pramono Anung Wibowo', 'Sari']);
    expect(quotes[1]!.text).toMatch(/^JakServe memudahkan/);
  });

  it('reads a nickname in brackets between given name and surname ("Rolliansyah (Roy) Soemirat"), but not a day after a name', () => {
    const { quotes } = extractQuotes(
      {
        title: 'Indonesia Kutuk Serangan ke Instalasi Nuklir',
        paragraphs: [
          'JAKARTA, KABAR.ID - Sikap itu disampaikan juru bicara Kementerian Luar Negeri Rolliansyah (Roy) Soemirat kepada wartawan.',
          '"Posisi pemerintah Indonesia sangat jelas," kata Roy.',
          'Presiden Joko Widodo (Jokowi) Senin lalu juga menyinggung hal itu. "Kita harus menahan diri," ujar Jokowi.',
        ],
      },
      k,
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Rolliansyah Soemirat', 'Joko Widodo']);
  });

  it('names a person the article knows only by initials when the cue describes them as the article did', () => {
    const { quotes } = extractQuotes(
      {
        title: 'Pria di Depok Jadi Kurir Sabu',
        paragraphs: [
          'DEPOK, KABAR.ID - Seorang pria berinisial RR (33) ditangkap polisi saat menempelkan paket sabu. Pelaku mengaku kekurangan uang.',
          '"Kami amankan pelaku saat beraksi," kata Kapolsek Sukmajaya AKP Rizky Firmansyah.',
          '"Baru dua bulan saya jadi kurir," ujar pelaku.',
          'Sementara itu, video pengemudi Pajero berinisial AR (37) viral karena menyalakan sirene di jalan.',
          '"Nggak usah kayak gitu," ujar pengemudi Pajero dalam video.',
        ],
      },
      k,
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Rizky Firmansyah', 'RR', 'AR']);
  });

  it('reads a name and any verb after a comma inside the marks as who spoke, and a name told to a medium', () => {
    const { quotes } = run([
      'BANDUNG, KABAR.ID - Warga Cigadung, Fajar Nugraha, ikut membersihkan saluran air bersama tetangganya, Minggu (2/11/2025).',
      '"Kalau tidak dibersihkan, air naik ke rumah," Fajar mempertegas.',
      '"Kucing liar juga banyak yang terluka saat banjir," Sonya Rebecca, dokter hewan di Bandung, kepada Kabar.id, Senin.',
      'Ia menyebut kata "gotong royong" sebagai kunci.',
    ]);
    expect(quotes.map((q) => [q.speaker, q.paragraph])).toEqual([
      ['Fajar Nugraha', 1],
      ['Sonya Rebecca', 2],
    ]);
  });

  it('reads a quote closing its paragraph before an editor\'s credit ("(fft / rer)", "(end)") as the speaker\'s', () => {
    const { quotes } = run([
      'LONDON, KABAR.ID - Pelatih Liverpool, Arne Slot, menilai timnya belum siap bersaing di papan atas.',
      '"Kami masih harus banyak belajar," kata Slot. "Musim ini baru dimulai dan kami belum menemukan ritme terbaik." (end)',
      '"Saya percaya para pemain akan berkembang setiap pekan." (fft / rer)',
    ]);
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Arne Slot', 'Kami masih harus banyak belajar, Musim ini baru dimulai dan kami belum menemukan ritme terbaik.'],
      ['Arne Slot', 'Saya percaya para pemain akan berkembang setiap pekan.'],
    ]);
  });

  it('takes one word after a police rank for a name ("AKP Rosidana"), and a nickname that ends a surname ("disapa Toni") for its bearer', () => {
    const { quotes } = run([
      'BANDUNG, KABAR.ID - Kasubag Humas Polrestabes Bandung AKP Rosidana menuturkan, belum ada permohonan izin keramaian.',
      '"Sampai saat ini saya belum menerima permohonan," tuturnya kepada wartawan di Mapolrestabes Bandung.',
      'Politikus PPP Thobahul Aftoni menanggapi keputusan itu. Pria yang akrab disapa Toni ini menilai langkah itu wajar.',
      '"Itu hak politik beliau dan kami hormati," kata Toni.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Rosidana', 'Thobahul Aftoni']);
  });

  it('parts a prefixed verb glued once to a name when the article prints the verb on its own ("Lukmintodiperiksa")', () => {
    const { quotes } = run([
      'JAKARTA, KABAR.ID - Direktur Utama PT Sinar Tekstil (Sintek) Hendra Wiratama Kusumodiperiksa selama enam jam di Kejaksaan Agung. Dia diperiksa sebagai saksi.',
      '"Ada sekitar sepuluh pertanyaan dari penyidik," kata Hendra Wiratama saat keluar dari gedung.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Hendra Wiratama Kusumo']);
  });

  it('reads "A," ujar X. "B." as one quote when a scraped body glued the next paragraph right after B', () => {
    const { quotes } = run([
      'JAKARTA, KABAR.ID - Produsen ponsel itu resmi menjadi mitra turnamen gim daring terbesar di Asia Tenggara."Kami sangat senang bisa bermitra," ujar Li Wenjun, Country Manager perusahaan itu di Indonesia. "Ini langkah penting untuk komunitas pemain di sini.”Sekadar Logo atau Kerja Sama Nyata?Untuk membuktikannya, perusahaan merilis seri ponsel khusus.',
    ]);
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([['Li Wenjun', 'Kami sangat senang bisa bermitra, Ini langkah penting untuk komunitas pemain di sini.']]);
    // The next paragraph may open with a quote of its own: `"B.""C," lanjut …`.
    const glued = run(['LOS ANGELES, KABAR.ID - "Dia sering melakukannya," tambah Dakota Jones. "Dia mengambil pakaianku.""Dia selalu ceria," lanjut Jones.']);
    expect(glued.quotes.map((q) => q.text)).toEqual(['Dia sering melakukannya, Dia mengambil pakaianku.', 'Dia selalu ceria']);
  });

  it('gives "katanya" with no one heard before to the last person named in full as a sentence\'s subject, never a venue', () => {
    const { quotes } = run([
      'YOGYAKARTA, KABAR.ID - Nama Ratri Kusuma Wardani mencuri perhatian dalam wisuda universitas negeri di kota itu. Ia lulus dengan nilai tertinggi.',
      '"Hal ini membahagiakan karena datang saat keluarga sedang berduka," katanya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ratri Kusuma Wardani']);
    const venue = run([
      'JAKARTA, KABAR.ID - Turnamen bulu tangkis itu akan digelar di Istora Senayan pekan depan. Tiket sudah habis terjual.',
      '"Saya sudah lama menunggu untuk main di sini," katanya.',
    ]);
    expect(venue.quotes).toEqual([]);
  });

  it('lets a regulation speak as itself ("bunyi pasal 1 beleid tersebut"), the one the article named, not one it repeals', () => {
    const { quotes, speakers } = run([
      'JAKARTA, KABAR.ID - Presiden meneken Peraturan Presiden (Perpres) Nomor 12 Tahun 2026 tentang Pencabutan Peraturan Presiden Nomor 30 Tahun 2019 tentang Tim Percepatan Wisata.',
      '"Peraturan Presiden Nomor 30 Tahun 2019 dicabut dan dinyatakan tidak berlaku," bunyi pasal 1 beleid tersebut.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Peraturan Presiden (Perpres) Nomor 12 Tahun 2026']);
    expect(speakers).toEqual([]);
  });

  it('lets a ruling speak for the court the article spelled out ("bunyi putusan MK" → Mahkamah Konstitusi)', () => {
    const { quotes } = run([
      'JAKARTA, KABAR.ID - Mahkamah Konstitusi (MK) mengabulkan sebagian uji materi undang-undang pendidikan, Selasa.',
      '"Pemerintah wajib menjamin pendidikan dasar tanpa memungut biaya," bunyi putusan MK.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Mahkamah Konstitusi']);
  });

  it('reads a bare trade with an origin ("kata pelatih asal Belanda", "kata aktor dari Bali") as the person being followed', () => {
    const { quotes } = run([
      'JAKARTA, KABAR.ID - Pelatih tim nasional U-23, Gerrit Vermeulen, memimpin latihan terakhir jelang laga melawan Vietnam.',
      'Vermeulen menilai anak asuhnya sudah siap tampil di depan publik sendiri.',
      '"Setiap pertandingan sangat penting bagi kami," kata pelatih asal Belanda.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Gerrit Vermeulen']);
  });

  it('files "kata Van Dijk" under the person named earlier as "Gerrit van Dijk", so /quotes finds one speaker', () => {
    const { quotes, speakers } = run([
      'AMSTERDAM, KABAR.ID - Duta Besar Belanda untuk Indonesia, Gerrit van Dijk, bertemu Menteri Luar Negeri di Jakarta.',
      '"Kami ingin memperluas kerja sama energi," kata Van Dijk.',
    ]);
    expect(quotes.map((q) => q.speakerSlug)).toEqual(['gerrit-van-dijk']);
    expect(speakers.map((s) => s.slug)).toEqual(['gerrit-van-dijk']);
  });

  it('knows a body cut to syllables ("Dinas Peternakan (Disnak)"), never a look-alike word ("Disease"), and keeps its spokesperson speaking after "Disnak memastikan"', () => {
    const { quotes } = run([
      'JEMBER, KABAR.ID - Dinas Peternakan (Disnak) Kabupaten Jember memeriksa hewan kurban di lapak musiman.',
      '"Kami periksa setiap hari," ujar Kepala Bidang Kesehatan Hewan, Sutrisno Hadi. Petugas juga mencari gejala Lumpy Skin Disease pada sapi.',
      'Disnak memastikan semua hewan sehat. "Tidak ditemukan penyakit di lapak musiman," ujarnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Sutrisno Hadi', 'Sutrisno Hadi']);
  });

  it('reads a handle that spells the name of someone the article names ("tulis @rinasuryani_") as that person', () => {
    const { quotes } = run([
      'JAKARTA, KABAR.ID - Penumpang yang kehilangan koper di bandara itu adalah Rina Suryani.',
      'Melalui akun Instagram pribadinya, ia menceritakan kronologi kejadian.',
      '"Koper saya hilang di ban berjalan dan tidak ada petugas yang membantu," tulis @rinasuryani_ dikutip dari akunnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Rina Suryani']);
  });

  it('reads a cue mistyped by one letter ("terangnnya", "sambugnya") and "tuntas sang maestro itu" as cues', () => {
    const { quotes } = run([
      'JAKARTA, KABAR.ID - Kepala Dinas Perhubungan, Wilan Oktaviano, menjelaskan rencana tarif baru.',
      '"Nanti penumpang tidak perlu lagi menempelkan kartu di gerbang," terangnnya.',
      '"Semua akan berjalan otomatis mulai tahun depan," sambugnya.',
      'Mantan gelandang tim nasional, Gunawan Dwi Cahyo, ikut menanggapi rencana itu.',
      '"Saya kira publik akan cepat terbiasa dengan cara baru ini," tuntas sang maestro era 90-an itu.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Wilan Oktaviano', 'Wilan Oktaviano', 'Gunawan Dwi Cahyo']);
  });

  it('reads "menurut" after the quote as a cue when a name follows ("…," menurut analis pasar Egrag Crypto)', () => {
    const { quotes } = run([
      'JAKARTA, KABAR.ID - Harga aset kripto kembali bergerak naik pada pekan ini.',
      '"Harga token itu menargetkan dua digit pada akhir tahun," menurut analis pasar Rudi Hartawan.',
      'Menurut laporan itu, "permintaan" masih tinggi.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Rudi Hartawan']);
  });

  it('reads "demikian respons X", "komentar X", "lantun X" and a name signing the quote before where it was said', () => {
    const { quotes } = run([
      'JAKARTA, KABAR.ID - Menteri Investasi Bahar Lubis menanggapi penjualan saham pabrik baterai itu.',
      '"Itu perpindahan kepemilikan saja, bisnisnya tetap jalan," demikian respons Bahar.',
      '"Kami terus mengupayakan pemulangan yang bersangkutan," Juru Bicara Kemlu Armanto Nasution di Gedung Pancasila, Kamis.',
      '"Selamat ya, semoga bahagia selalu," komentar Dewi Lestari di akun Instagram sahabatnya.',
      '"Aku ingin pulang ke rumah dan tidur panjang," lantun Raisa Putri dalam lagu barunya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Bahar Lubis', 'Armanto Nasution', 'Dewi Lestari', 'Raisa Putri']);
  });

  it('reads an epithet pointing back, then a speech verb, after the quote ("…," jenderal polisi bintang satu itu menambahkan)', () => {
    const { quotes } = run([
      'JAKARTA, KABAR.ID - Karopenmas Divisi Humas Polri Brigjen Rikwanto menjelaskan status aset perusahaan itu.',
      '"Tidak bisa disita langsung," jenderal polisi bintang satu itu menambahkan.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Rikwanto']);
  });

  it('follows a new person introduced after a linking phrase ("Sementara itu, Tri Agustina (45), warga …")', () => {
    const { quotes } = run([
      'SEMARANG, KABAR.ID - Salah satu jemaah, Keysa Putri (17), mengaku terkesan salat di gedung bersejarah itu.',
      '"Udaranya sejuk sekali," kata Keysa.',
      'Sementara itu, Tri Agustina (45), warga asal Petompon, sengaja datang lagi tahun ini.',
      '"Tahun lalu kami juga salat di sini," tuturnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Keysa Putri', 'Tri Agustina']);
  });

  it('does not take a subheading that opens with "Karier" for part of a name', () => {
    const { quotes } = run([
      'JAKARTA, KABAR.ID - Penyanyi muda Tifany Jane Effendy merilis lagu pertamanya pekan ini.',
      'Karier Tifany dimulai dari media sosial',
      '"Perjalananku cukup panjang, dari SD sudah suka menyanyi," ujarnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Tifany Jane Effendy']);
  });

  it('gives "ujar dia" to the person the headline opens with when the body names no one with a role or a verb', () => {
    const paragraphs = [
      'JAKARTA, KABAR.ID - Ribuan turis asing tertahan di bandara setelah badai salju. Salah satu yang tertahan adalah Ratih Kusumawardani (38), pegawai bank asal Bandung.',
      '"Kami sudah menunggu dua hari tanpa kabar yang jelas dari maskapai," ujar dia kepada wartawan.',
    ];
    expect(extractQuotes({ title: 'Ratih Terjebak Badai Salju di Chicago, Belum Bisa Pulang', paragraphs }, k).quotes.map((q) => q.speaker)).toEqual(['Ratih Kusumawardani']);
    // A place the headline goes to is no speaker, and without a person in the headline the quote waits for one.
    expect(extractQuotes({ title: 'Turis Indonesia Terjebak di Chicago Salju', paragraphs }, k).quotes).toEqual([]);
  });

  it('knows a one-word name given a post before a comma ("Ketua Umum FSP, Sudarto menegaskan"), even when a cue later misspells it', () => {
    const { quotes } = run([
      'SEMARANG, KABAR.ID - Ketua Serikat Nelayan Pantura, Darsono menegaskan pentingnya solar bersubsidi bagi kapal kecil.',
      '"Tanpa solar murah, kami tidak bisa melaut," kata dia.',
      '"Kami minta kuotanya ditambah," kata Darsana.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Darsono', 'Darsono']);
  });

  it('gives a quote after a lead-in paragraph to who the lead-in names: the account a fact-check quotes, a person at the colon', () => {
    const factCheck = run([
      'JAKARTA, KABAR.ID - Cek Fakta KABAR.ID mendapati klaim pendaftaran bantuan kuota internet gratis yang diunggah salah satu akun Facebook pada 3 Juni 2025.',
      'Unggahan tersebut berupa tulisan sebagai berikut.',
      '"BANTUAN KUOTA GRATIS 30GB untuk pelajar dan mahasiswa, daftar sekarang juga',
      'Tidak dipungut biaya apa pun"',
      '"https://kuota-gratis.example.online/daftar"',
    ]);
    expect(factCheck.quotes.map((q) => [q.text.slice(0, 22), q.speaker])).toEqual([['BANTUAN KUOTA GRATIS 3', 'salah satu akun Facebook']]);
    const closing = run([
      'MANOKWARI, KABAR.ID - Ketua aliansi pemuda, Markus Wanggai menilai kunjungan pejabat itu hanya pencitraan.',
      '"Kami tidak akan diam," tegasnya.',
      'Markus menutup pernyataannya dengan kutipan dari tokoh India, Mahatma Gandhi:',
      '"Bumi cukup untuk memenuhi kebutuhan semua orang, tetapi tidak untuk keserakahan."',
    ]);
    expect(closing.quotes.map((q) => q.speaker)).toEqual(['Markus Wanggai', 'Mahatma Gandhi']);
  });

  it('keeps "A," kata X. "B … running into the next paragraph as one quote', () => {
    const { quotes } = run([
      'LONDON, KABAR.ID - Perawat jantung senior Sarah Whitfield membagikan saran sederhana bagi pembaca.',
      '"Jalan kaki setiap hari baik untuk jantung Anda," kata Whitfield. "Mulailah dengan sepuluh menit setelah makan malam.',
      'Tambahkan lima menit setiap minggu sampai Anda berjalan setengah jam sehari."',
    ]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toMatch(/^Jalan kaki setiap hari.*setengah jam sehari\.?$/);
    expect(quotes[0]!.speaker).toBe('Sarah Whitfield');
  });

  it('follows a one-word name given an age ("Ali (31), generasi kedua …"), not a capitalised word opening a sentence', () => {
    const { quotes } = run([
      'MEDAN, KABAR.ID - Di ujung gang sempit, deretan kios kecil menjual kain batik.',
      'Harum kain baru bercampur debu jalanan menyambut pengunjung pasar itu.',
      'Rudi (42), generasi ketiga pedagang kain di pasar itu, sudah terbiasa dengan sepinya pembeli.',
      '"Dulu ramai sekali, sekarang sehari belum tentu laku," katanya sambil melipat kain.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Rudi']);
  });

  it('reads a quote whose opening mark the outlet dropped when a cue follows its closing mark, and ignores a stray mark', () => {
    const { quotes } = run([
      'BEKASI, KABAR.ID - Petugas SAR gabungan masih mencari seorang remaja yang hanyut di Kali Bekasi.',
      'Komandan Tim SAR Bekasi, Hendra Saputra, mengatakan pencarian dilanjutkan besok pagi.',
      'Kami tetap siaga di posko sampai korban ditemukan," ucap Hendra.',
      'Warga sekitar ikut membantu menyisir bantaran kali hingga malam."',
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['Kami tetap siaga di posko sampai korban ditemukan', 'Hendra Saputra']]);
  });

  it('links a nickname noted after a post ("Bupati Dodo, sapaan akrabnya") to the holder of that post', () => {
    const { quotes } = run([
      'SUMBAWA, KABAR.ID - Bupati Sumbawa Barat Ridwan Hadiprasetyo menanggapi kritik soal penertiban pedagang pantai.',
      'Penertiban itu dipimpin langsung Bupati Dodo, sapaan akrabnya, pada Selasa pagi.',
      '"Kami hanya menata, bukan melarang orang berdagang," ujar Dodo.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ridwan Hadiprasetyo']);
  });

  it('reads "demikian dikutip dari akun Instagram X" as X speaking, and "demikian ia menuliskan" / "demikian unggahan tersebut" as the one followed', () => {
    const account = run([
      'BEKASI, KABAR.ID - Polisi menutup sementara ruas jalan di depan stasiun karena perbaikan saluran air.',
      '"Pengendara diimbau mencari jalan alternatif selama perbaikan berlangsung," demikian dikutip dari akun Instagram Satlantas Polres Bekasi Kota.',
    ]);
    expect(account.quotes.map((q) => q.speaker)).toEqual(['Satlantas Polres Bekasi Kota']);
    const writer = run([
      'JAKARTA, KABAR.ID - Dewi Kartika, penulis asal Bandung, membagikan kabar buku barunya di media sosial.',
      '"Buku ini saya tulis selama tiga tahun di sela mengajar," demikian ia menuliskan.',
    ]);
    expect(writer.quotes.map((q) => q.speaker)).toEqual(['Dewi Kartika']);
  });

  it('keeps a quote whole when it quotes a short term inside itself in straight marks', () => {
    const { quotes } = run([
      'JAKARTA, KABAR.ID - Ahli hukum pidana Rahmat Hidayat menilai pasal itu terlalu lentur.',
      '"Pedagang kaki lima pun termasuk "setiap orang" yang bisa dianggap "melawan hukum" karena berjualan di trotoar," kata Rahmat.',
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['Pedagang kaki lima pun termasuk "setiap orang" yang bisa dianggap "melawan hukum" karena berjualan di trotoar', 'Rahmat Hidayat']]);
  });

  it('gives "demikian bunyi pernyataan resmi yang diucapkan X" to X, not to whoever was followed before', () => {
    const { quotes } = run([
      'LONDON, KABAR.ID - Bek Tim Biru, Marco Lindqvist, meminta dijual musim panas ini.',
      'Klub rival, Arsenal juga sempat menyatakan ketertarikan pada sang pemain.',
      '"Dengan berat hati saya meminta klub melepas saya musim ini," demikian bunyi pernyataan resmi yang diucapkan Lindqvist.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Marco Lindqvist']);
  });

  it('gives a nickname the sentence introduces with "Pria yang akrab disapa …" to the person named before it', () => {
    const earlier = run([
      'JAKARTA, KABAR.ID - Hal ini diungkapkan oleh Rahmat Sudarsono, Direktur Utama PT Sinar Data Nusantara, Jumat (14/2/2025).',
      'Pria yang akrab disapa Ocha ini mengatakan pasar layanan data terus tumbuh.',
      '"Pelanggan kami naik dua kali lipat dalam setahun terakhir," ucap Ocha.',
    ]);
    expect(earlier.quotes.map((q) => q.speaker)).toEqual(['Rahmat Sudarsono']);
    // In the same paragraph: the post holder named before it, not a place or a name inside an earlier quote.
    const sameParagraph = run([
      'LABUAN BAJO, KABAR.ID - Ketua Bawaslu Manggarai Barat Yohana Maria Seriang membuka rapat evaluasi di Labuan Bajo. Perempuan yang disapa Ana ini menegaskan kerja pengawas tidak berhenti.',
      '"Pengawasan harus terus berjalan di luar masa tahapan," kata Ana.',
    ]);
    expect(sameParagraph.quotes.map((q) => q.speaker)).toEqual(['Yohana Maria Seriang']);
  });

  it('leaves a specialist\'s undotted degree ("SpPD-KEMD") out of the speaker\'s name', () => {
    const { quotes } = run([
      'JAKARTA, KABAR.ID - Dokter penyakit dalam dr Larasati Wibisono SpPD-KEMD mengingatkan bahaya gula berlebih.',
      '"Konsumsi gula harian sebaiknya dibatasi sejak usia dini," ujar Larasati.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Larasati Wibisono']);
  });

  it('leaves initials after the name they spell ("… Rizal Andika Putra (RAP) buka suara") out of the speaker', () => {
    const { quotes } = run([
      'JAKARTA, KABAR.ID - Menteri Koordinator Bidang Perekonomian Rizal Andika Putra (RAP) buka suara soal lonjakan harga beras.',
      '"Kami tidak ingin terburu-buru membuka keran impor sebelum panen raya selesai," katanya di Jakarta.',
    ]);
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([['Rizal Andika Putra', 'Menteri Koordinator Bidang Perekonomian']]);
  });

  it('keeps a name ending like a small word whole where that word could not stand ("Agus Setiadi, pemilik …")', () => {
    const { quotes } = run([
      'JAKARTA, KABAR.ID - Agus Setiadi, pemilik bengkel Setia Motor di kawasan Kedoya, berbagi tips merawat AC mobil.',
      '"Filter kabin harus diganti setiap 15.000 kilometer," ucap Agus.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Agus Setiadi']);
  });

  it('keeps a name whole when only its short form follows a post or an opener ("Menteri Enggar", "Menurut Hardi")', () => {
    const { quotes } = run([
      'JAKARTA, KABAR.ID - Menteri Perdagangan Wicaksonodiharjo Lukito memaparkan stok bahan pokok menjelang Lebaran.',
      '"Minyak goreng di gudang kami cukup sampai Juli," kata Menteri Wicak di Jakarta.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Wicaksonodiharjo Lukito']);
    const afterOpener = run([
      'JAKARTA, KABAR.ID - Kebakaran melanda gedung perkantoran di Jakarta Pusat, Selasa siang.',
      '"Api sudah padam pukul 12.00 WIB," kata Kepala Suku Dinas Pemadam Kebakaran Jakarta Pusat, Hartonowiryo, saat dikonfirmasi.',
      'Menurut Harto, penyebab kebakaran diduga hubungan arus pendek.',
      '"Jumlah korban luka belum ada informasi," tandasnya.',
    ]);
    expect(afterOpener.quotes.map((q) => q.speaker)).toEqual(['Hartonowiryo', 'Hartonowiryo']);
  });
  it('does not take the opening word of "Beda lagi kisah Nanda Pratama (48), …" for a speaker', () => {
    const { quotes } = run([
      'SURABAYA, KABAR.ID - Para perajin batik di Kampung Jetis mulai kewalahan melayani pesanan.',
      'Beda lagi kisah Nanda Pratama (48), perajin yang sudah membatik sejak remaja.',
      '"Pesanan saya justru turun sejak pandemi," katanya sambil menyelupkan kain.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Nanda Pratama']);
  });
  it('does not take a post\'s region for its holder ("Bupati Lanny Jaya, …, Aletinus Yigibalom" … "Bupati juga berharap")', () => {
    const { quotes } = run([
      'NABIRE, KABAR.ID - Bupati Lanny Jaya, Provinsi Papua Pegunungan, Aletinus Yigibalom mengapresiasi dukungan Pemerintah Kabupaten Nabire.',
      'Ia menuturkan rombongan peserta dari Lanny Jaya tiba dengan selamat menggunakan kapal laut.',
      '"Kami berterima kasih atas pengamanan dan fasilitas tempat yang disiapkan tuan rumah," tambahnya.',
      'Bupati juga berharap agar proses pemilihan ketua dalam konferensi berjalan lancar.',
      '"Harapan kami, pengurus yang terpilih benar-benar memiliki semangat pelayanan," tegasnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Aletinus Yigibalom', 'Aletinus Yigibalom']);
  });
  it('does not take the street of the court after a comma for the prosecutor\'s name', () => {
    const { quotes } = run([
      'JAKARTA, KABAR.ID - Jaksa menuntut mantan pejabat itu 20 tahun penjara.',
      '"Menjatuhkan pidana terhadap Terdakwa dengan pidana penjara selama 20 tahun," ujar jaksa saat membacakan surat tuntutan di Pengadilan Tipikor Jakarta, Jalan Bungur Raya, Jakarta Pusat, Rabu (18/6/2025).',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['jaksa']);
  });
  it('does not give the first quote to the mall where the speaker was met ("… di Mal Taman Anggrek")', () => {
    const { quotes } = run([
      'JAKARTA, KABAR.ID - Jepang masih jadi destinasi favorit warga Indonesia.',
      'Hal itu diakui Direktur Pemasaran PT Lintas Wisata, Arief Kurniawan, yang ditemui usai konferensi pers di Mal Taman Anggrek, Jakarta, Jumat (16/9).',
      '"Bunga sakura yang tumbuh di musim semi menjadi alasan utama turis datang," ujarnya.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Arief Kurniawan']);
  });
});
