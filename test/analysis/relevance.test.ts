import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/analysis/knowledge.ts';
import { scoreRelevance } from '../../src/analysis/relevance.ts';

const k = loadKnowledge();

describe('scoreRelevance', () => {
  it('finds two principal countries and the triangle in a story about their relations', () => {
    const r = scoreRelevance(
      {
        title: 'Rusia Peringatkan AS Soal Rudal di Eropa',
        paragraphs: [
          'MOSKOW, KABAR.ID - Pemerintah Rusia memperingatkan Amerika Serikat agar tidak menempatkan rudal jarak menengah di Eropa.',
          'Juru Bicara Kremlin Dmitry Peskov mengatakan langkah Washington akan memicu perlombaan senjata baru.',
          'Gedung Putih belum menanggapi pernyataan tersebut, namun Pentagon sebelumnya menyebut penempatan itu bersifat defensif.',
          'Hubungan Moskow dan Washington memburuk sejak perjanjian pengendalian senjata berakhir.',
        ],
      },
      k,
    );
    expect(r.principal.sort()).toEqual(['russia', 'us']);
    expect(r.topics).toContain('russia-us');
    expect(r.topics).toContain('triangle');
    expect(r.score).toBeGreaterThan(0.6);
  });

  it('finds one principal country without inventing a relation', () => {
    const r = scoreRelevance(
      {
        title: 'China Umumkan Latihan Militer di Dekat Taiwan',
        paragraphs: [
          'BEIJING - Tentara Pembebasan Rakyat China menggelar latihan militer besar di sekitar Taiwan, Senin (7/4/2025).',
          'Kementerian Pertahanan China menyebut latihan itu peringatan bagi kelompok separatis.',
          'Presiden Xi Jinping sebelumnya meminta militer meningkatkan kesiapan tempur.',
        ],
      },
      k,
    );
    expect(r.principal).toEqual(['china']);
    expect(r.topics).toEqual(['china']);
  });

  it.each([
    [
      'a domestic market story that quotes the dollar',
      'Rupiah Menguat ke Level Rp 16.200 per Dolar AS',
      ['Nilai tukar rupiah terhadap dolar AS menguat pada pembukaan perdagangan hari ini.', 'Dolar AS melemah terhadap mata uang Asia, sementara yuan China stagnan.', 'Analis memperkirakan rupiah bergerak di kisaran Rp 16.150-16.250 per dolar AS.'],
    ],
    [
      'a World Cup held in Russia',
      'Kenangan Gol Indah di Piala Dunia 2018 Rusia',
      ['Piala Dunia 2018 Rusia menghadirkan banyak gol indah.', 'Stadion Luzhniki di Moskow menjadi saksi final antara Prancis dan Kroasia.', 'Rusia sebagai tuan rumah melaju sampai perempat final.'],
    ],
    [
      'a Chinese phone launch',
      'Xiaomi Rilis Ponsel Baru dengan Kamera 200 MP',
      ['Xiaomi resmi meluncurkan ponsel terbarunya di Indonesia.', 'Ponsel buatan China ini dibanderol Rp 4 jutaan dengan baterai besar.', 'Produsen asal China itu menargetkan pasar anak muda.'],
    ],
    [
      'tourism',
      'Liburan ke China Kini Bebas Visa bagi WNI',
      ['Wisatawan Indonesia kini bisa berlibur ke China tanpa visa selama 30 hari.', 'Destinasi favorit turis antara lain Beijing, Shanghai, dan Chengdu.', 'Agen perjalanan mencatat lonjakan pemesanan paket wisata ke China.'],
    ],
    [
      'a K-pop celebrity',
      'Idol K-Pop Gelar Konser di Amerika Serikat',
      ['Grup idola asal Korea Selatan itu menggelar konser di Los Angeles, Amerika Serikat.', 'Tiket konser di AS ludes dalam hitungan menit.', 'Agensi menyebut tur dunia berlanjut ke Eropa.'],
    ],
  ])('does not make a country principal in %s', (_case, title, paragraphs) => {
    const r = scoreRelevance({ title, paragraphs }, k);
    expect(r.principal).toEqual([]);
    expect(r.topics).toEqual([]);
  });

  it('does not count a passing mention in a story about something else', () => {
    const r = scoreRelevance(
      {
        title: 'Harga Cabai di Pasar Induk Naik Jelang Lebaran',
        paragraphs: [
          'Harga cabai rawit di pasar induk naik hingga Rp 80.000 per kilogram.',
          'Pedagang menyebut pasokan dari Jawa Tengah berkurang akibat hujan.',
          'Di tengah ketidakpastian global akibat perang dagang AS-China, pemerintah memastikan stok pangan aman.',
        ],
      },
      k,
    );
    expect(r.principal).toEqual([]);
  });

  it('treats the object of a relation between the three as a state: China asks Russia to stand against the US', () => {
    const r = scoreRelevance(
      {
        title: '',
        paragraphs: [
          'BEIJING, KABAR.ID - China mengajak Rusia bekerja sama untuk melawan Amerika Serikat (AS) dalam urusan perdagangan global.',
          'Menteri Luar Negeri China Wang Yi mengatakan ajakan itu disampaikan dalam pertemuan di Beijing, Senin (3/3/2025).',
          'Menurut Wang, kebijakan AS merusak tatanan perdagangan dan merugikan banyak negara berkembang.',
          'Ia juga menyebut Moskow dan Beijing sepakat memperluas penggunaan mata uang lokal.',
          'Washington belum menanggapi ajakan tersebut, namun pejabat AS sebelumnya menuding Rusia membantu China menghindari sanksi.',
          'Kremlin menyambut ajakan itu dan menyebut hubungan kedua negara berada pada titik terbaik.',
        ],
      },
      k,
    );
    expect(r.principal.sort()).toEqual(['china', 'russia', 'us']);
    expect(r.topics).toContain('triangle');
  });

  it('does not make the opponent of a third country principal ("Ukraina … melawan Rusia")', () => {
    const r = scoreRelevance(
      {
        title: 'Analis: Ukraina Butuh Bantuan Eropa',
        paragraphs: [
          'KIEV - Seorang analis menilai Ukraina tak mampu bertahan lama dalam konflik melawan Rusia tanpa bantuan Eropa.',
          'Menurut dia, pasokan amunisi dari negara-negara Eropa menurun sejak awal tahun.',
          'Ia menyarankan Uni Eropa menambah anggaran pertahanan bersama untuk membantu Kiev.',
        ],
      },
      k,
    );
    expect(r.principal).not.toContain('russia');
  });

  it('finds a leader whose full name is glued to the next word in a scraped body', () => {
    const r = scoreRelevance(
      {
        title: 'Prabowo Kunjungi Rusia, Pengusaha Berharap Ekspor Naik',
        paragraphs: [
          'Jakarta - Kalangan pengusaha menyambut baik kunjungan kerja Presiden Prabowo ke Federasi Rusia pekan ini.',
          'Kunjungan itu mencakup pertemuan bilateral dengan PresidenVladimir Putinserta forum ekonomi di St. Petersburg.',
          'Ketua asosiasi eksportir berharap pertemuan itu membuka pasar baru bagi kopi dan kelapa sawit di Rusia.',
          'Menurut dia, Indonesia perlu memanfaatkan kemitraan strategis dengan Rusia untuk memperluas pasar.',
          'Dalam pertemuan itu, Putin disebut menawarkan kerja sama energi dan pertahanan kepada Indonesia.',
        ],
      },
      k,
    );
    expect(r.principal).toEqual(['russia']);
  });

  it('leaves a trade war that is only the backdrop of a company story out, in the title and in the body', () => {
    const r = scoreRelevance(
      {
        title: 'Ekspor Keramik Lokal Tak Terganggu Perang Dagang AS-China',
        paragraphs: [
          'Jakarta - PT Keramik Nusantara Tbk menyebut negara tujuan ekspor utamanya adalah Jepang, Amerika Serikat, dan Australia.',
          'Direktur utama perseroan mengatakan ketegangan dagang antara Amerika Serikat dan China belum berdampak pada penjualan.',
          '"Perang dagang antara Amerika Serikat dan Tiongkok belum terasa karena Amerika Serikat menunda kenaikan tarif impor," ujarnya.',
          'Ekspor ke pasar Amerika Serikat menyumbang 40% penjualan, sementara tarif AS untuk keramik belum berubah.',
          'Perseroan juga menyiapkan belanja modal Rp 150 miliar untuk mesin baru di pabrik Karawang.',
        ],
      },
      k,
    );
    expect(r.principal).toEqual([]);
  });

  it('reads two of the three paired in the title as a relation even when the body is mostly about something else', () => {
    const r = scoreRelevance(
      {
        title: 'AS-China Mulai Akur, Harga Minyak Malah Melonjak',
        paragraphs: [
          'Ketegangan dagang antara Amerika Serikat (AS) dengan China mulai mereda setelah kedua negara melanjutkan negosiasi.',
          'Menteri Keuangan mengatakan hubungan AS dengan China membaik, tetapi pasar kini menghadapi lonjakan harga minyak.',
          'Harga minyak mentah naik hampir 8% dalam sepekan akibat gangguan pasokan di Timur Tengah.',
          'Kenaikan harga energi diperkirakan menekan inflasi di banyak negara berkembang.',
          'Pemerintah menyiapkan tambahan subsidi energi untuk menjaga daya beli masyarakat.',
          'Bank sentral juga memantau pergerakan nilai tukar yang ikut tertekan.',
          'Ekonom menilai pertumbuhan kuartal ketiga bisa melambat bila harga minyak bertahan tinggi.',
          'Harga bensin nonsubsidi di dalam negeri juga berpeluang naik bulan depan.',
          'Sejumlah maskapai mulai menaikkan biaya tambahan bahan bakar.',
          'Pengusaha angkutan meminta pemerintah menahan kenaikan harga solar.',
          'Investor memindahkan dana ke aset yang dianggap lebih aman.',
          'Harga emas perhiasan di pasar tradisional ikut naik sepanjang pekan ini.',
        ],
      },
      k,
    );
    expect(r.principal.sort()).toEqual(['china', 'us']);
    expect(r.topics).toContain('triangle');
  });

  it('counts a military base of the US as its state', () => {
    const r = scoreRelevance(
      {
        title: 'Kebakaran di Pangkalan Udara AS di Okinawa, Dua Orang Terluka',
        paragraphs: [
          'TOKYO - Kebakaran terjadi di gudang amunisi sebuah pangkalan di Okinawa, Jepang, Selasa (8/7/2025).',
          'Dua anggota pasukan bela diri Jepang dilarikan ke rumah sakit dengan luka ringan.',
          'Pemadam kebakaran setempat menyebut api berasal dari peti amunisi tua yang sedang dibersihkan.',
          'Lokasi kejadian berada di dalam kompleks pangkalan udara milik Amerika Serikat di pulau itu.',
          'Warga sekitar diminta menjauhi lokasi hingga api benar-benar padam.',
          'Sekitar separuh personel militer AS di Jepang bertugas di Okinawa, kata pejabat setempat.',
          'Pemerintah prefektur meminta penjelasan rinci tentang penyimpanan amunisi di sana.',
          'Insiden ini kembali memicu perdebatan tentang keamanan gudang senjata di pulau tersebut.',
        ],
      },
      k,
    );
    expect(r.principal).toEqual(['us']);
  });

  it('judges each item of a roundup on its own', () => {
    const r = scoreRelevance(
      {
        title: '4 Berita Internasional Terpopuler Pagi Ini',
        paragraphs: [
          'Berikut berita-berita internasional yang paling banyak dibaca pagi ini.',
          '1. Kapal Perang China Terlihat di Dekat Perairan Filipina',
          'Dua kapal perang China terdeteksi berlayar di dekat perairan Filipina, Senin (7/7/2025).',
          'Kementerian Pertahanan Filipina menyebut kapal-kapal itu bagian dari armada Beijing yang sedang berlatih.',
          '2. Banjir Bandang Landa Eropa Tengah',
          'Banjir bandang melanda sejumlah kota di Austria dan Ceko setelah hujan deras tiga hari.',
          'Ribuan warga dievakuasi ke tempat penampungan sementara.',
          '3. Festival Musim Panas Dibuka di Paris',
          'Festival musik musim panas dibuka di Paris dengan ratusan panggung jalanan.',
          'Panitia memperkirakan jutaan pengunjung datang selama sepekan.',
        ],
      },
      k,
    );
    expect(r.principal).toEqual(['china']);
    expect(r.topics).not.toContain('triangle');
  });

  it('counts a US policy that is the premise of a travel or trade story, and a leader acting in the title despite a travel word', () => {
    const visa = (title: string) =>
      scoreRelevance(
        {
          title,
          paragraphs: [
            'JAKARTA, KABAR.ID - Warga negara Indonesia yang hendak berlibur ke Amerika Serikat kini harus membayar biaya tambahan.',
            'Biaya itu tercantum dalam undang-undang anggaran yang diteken Presiden AS Donald Trump bulan lalu.',
            'Departemen Luar Negeri AS menyatakan biaya akan berlaku mulai tahun fiskal depan untuk semua pemohon visa nonimigran.',
            'Agen perjalanan di Jakarta mengaku mulai menerima pertanyaan dari calon wisatawan tentang aturan itu.',
            'Pemerintah AS belum merinci cara pembayaran biaya tersebut, kata agen perjalanan itu.',
          ],
        },
        k,
      ).principal;
    expect(visa('Apa Itu Integrity Fee, Biaya Tambahan Visa Turis ke Amerika?')).toEqual(['us']);
    expect(visa('Trump Pertimbangkan Biaya Visa Turis Kilat Rp 16 Juta')).toEqual(['us']);
    // The company, not the state, acts here: the gadget word still vetoes.
    expect(visa('Perusahaan Trump Klaim Ponsel Buatan AS, Ahli Ragukan')).toEqual([]);
    const tariff = scoreRelevance(
      {
        title: 'Tarif Nol Persen Impor AS Dinilai Tak Ganggu Penerimaan Negara',
        paragraphs: [
          'JAKARTA, KABAR.ID - Kementerian Keuangan menilai penghapusan bea masuk bagi produk dari Amerika Serikat tidak akan mengganggu penerimaan negara.',
          'Kesepakatan itu lahir dari perundingan dengan pemerintah AS setelah Washington mengancam tarif 32 persen.',
          'Ekonom memperkirakan harga sejumlah barang impor akan turun.',
          'Penerimaan bea masuk dari produk tersebut selama ini relatif kecil.',
        ],
      },
      k,
    );
    expect(tariff.principal).toEqual(['us']);
  });

  it('counts a state central to the body even when the title and lead are about another country', () => {
    const r = scoreRelevance(
      {
        title: 'Jepang Jatuhkan Sanksi Tambahan terhadap Korea Utara',
        paragraphs: [
          'TOKYO, KABAR.ID - Jepang akan menjatuhkan sanksi tambahan terhadap Korea Utara setelah uji coba rudal terbaru.',
          'Kepala Sekretaris Kabinet Jepang mengatakan langkah itu diambil untuk menekan Pyongyang.',
          'Keputusan itu diumumkan sehari setelah Amerika Serikat menjatuhkan sanksi kepada sejumlah bank China yang membantu Korea Utara.',
          'Departemen Keuangan AS menyebut bank-bank itu memfasilitasi transaksi program senjata Pyongyang.',
          'Presiden AS Donald Trump sebelumnya memperingatkan bahwa Washington siap bertindak sendiri bila perlu.',
          'Menteri Luar Negeri AS juga meminta negara-negara lain memutus hubungan dagang dengan Korea Utara.',
          'Pemerintah AS dan Jepang sepakat meningkatkan tekanan dalam pertemuan di Tokyo pekan lalu.',
        ],
      },
      k,
    );
    expect(r.principal).toContain('us');
  });

  it('counts the other party of a relation, or the state\'s arms, named in the title', () => {
    const iran = (title: string) =>
      scoreRelevance(
        {
          title,
          paragraphs: [
            'TEHERAN, KABAR.ID - Duta Besar Iran untuk Indonesia menyebut perang dengan Israel mengubah sikap negaranya.',
            'Menurut dia, pembicaraan dengan Amerika Serikat soal program nuklir kini tidak lagi menjadi prioritas Teheran.',
            'Ia menuding Washington berada di balik serangan Israel ke fasilitas nuklir Iran pekan lalu.',
            'Iran, kata dia, akan terus memperkaya uranium untuk tujuan damai.',
            'Situs pengayaan itu dibangun jauh di bawah tanah dan dijaga ketat oleh Garda Revolusi.',
            'Para analis menilai ketegangan di kawasan belum akan mereda dalam waktu dekat.',
            'Harga minyak dunia sempat melonjak setelah serangan tersebut.',
            'Warga Teheran mengaku mulai menimbun bahan pokok sejak pekan lalu karena khawatir pasokan terganggu.',
            'Pemerintah Iran menaikkan anggaran pertahanan untuk tahun depan, menurut media setempat.',
            'Sejumlah penerbangan dari dan ke Teheran dibatalkan selama dua hari terakhir.',
            'Parlemen Iran dijadwalkan membahas rancangan undang-undang keamanan nasional pekan depan.',
            'Kedutaan Iran di Jakarta tetap membuka layanan konsuler seperti biasa.',
          ],
        },
        k,
      ).principal;
    expect(iran('Dubes Iran: Negosiasi Nuklir dengan AS Tidak Lagi Relevan')).toEqual(['us']);
    expect(iran('Mengenal Situs Nuklir Iran yang Hanya Bisa Dihancurkan Bom AS')).toEqual(['us']);
    expect(iran('Dubes Iran: Program Nuklir Tidak Lagi Dibahas')).toEqual([]);
  });

  it('counts a state acting in the title with a headline verb even beside market words', () => {
    const r = scoreRelevance(
      {
        title: 'Kapitalisasi Pasar Stablecoin Sentuh Rekor Usai Senat AS Sahkan RUU',
        paragraphs: [
          'JAKARTA, KABAR.ID - Kapitalisasi pasar stablecoin menyentuh rekor tertinggi pekan ini, di tengah penguatan saham teknologi dan kurs dolar.',
          'Kenaikan itu terjadi setelah Senat AS mengesahkan rancangan undang-undang yang mengatur penerbitan stablecoin, kata investor.',
          'Pelaku pasar menilai aturan itu memberi kepastian hukum bagi industri kripto.',
          'Harga bitcoin ikut naik tipis di pasar Asia.',
          'Analis memperkirakan volume transaksi terus meningkat hingga akhir tahun.',
          'Analis juga mencatat kenaikan volume di bursa kripto Asia.',
          'Departemen Keuangan AS menyambut aturan itu dalam pernyataan singkat.',
          'Regulasi tersebut masih harus disetujui sebelum ditandatangani presiden.',
        ],
      },
      k,
    );
    expect(r.principal).toEqual(['us']);
  });

  it('does not take an American economist or bank for the US state, even with a headline verb', () => {
    const r = scoreRelevance(
      {
        title: 'Ekonom AS Sarankan RI Terapkan Pajak Tarif Flat, Menkeu Tak Setuju',
        paragraphs: [
          'JAKARTA, KABAR.ID - Ekonom AS Arthur Laffer menyarankan Indonesia menerapkan pajak dengan tarif tunggal.',
          'Menurut ekonom AS itu, tarif flat akan mendorong kepatuhan wajib pajak dan pertumbuhan ekonomi.',
          'Menteri Keuangan menilai usulan itu tidak cocok dengan kondisi Indonesia.',
          'Ia menyebut sistem pajak progresif lebih adil bagi masyarakat berpenghasilan rendah.',
        ],
      },
      k,
    );
    expect(r.principal).toEqual([]);
  });

  it('leaves a rich list out even when a US official heads it', () => {
    const r = scoreRelevance(
      {
        title: 'Elon Musk Masih Terkaya, Kalahkan Gabungan Harta Zuckerberg dan Bezos',
        paragraphs: [
          'JAKARTA, KABAR.ID - Elon Musk, yang pernah memimpin Departemen Efisiensi Pemerintah AS, masih menjadi orang terkaya di dunia.',
          'Hartanya melampaui gabungan kekayaan Mark Zuckerberg dan Jeff Bezos, menurut indeks Bloomberg.',
          'Kekayaan Musk naik setelah saham Tesla menguat sepanjang pekan.',
          'Musk sempat berselisih dengan Presiden AS Donald Trump soal anggaran pemerintah AS.',
        ],
      },
      k,
    );
    expect(r.principal).toEqual([]);
  });

  it('counts a Fed decision in the headline as the US state, but not the Moscow exchange acting', () => {
    const fed = scoreRelevance(
      {
        title: 'Harga Emas Naik Tipis Usai The Fed Tahan Suku Bunga',
        paragraphs: [
          'JAKARTA, KABAR.ID - Harga emas naik tipis setelah bank sentral AS, The Fed, menahan suku bunga acuan di kisaran 4,25-4,5 persen.',
          'Ketua The Fed Jerome Powell mengatakan bank sentral masih menunggu dampak tarif impor terhadap inflasi.',
          'Pelaku pasar memperkirakan The Fed baru memangkas suku bunga pada September.',
          'Harga emas di pasar spot naik 0,3 persen menjadi 3.380 dolar AS per troy ons.',
        ],
      },
      k,
    );
    expect(fed.principal).toEqual(['us']);
    const exchange = scoreRelevance(
      {
        title: 'Bursa Moskow Luncurkan Indeks Kripto Pertama',
        paragraphs: [
          'MOSKOW, KABAR.ID - Bursa Moskow meluncurkan indeks kripto pertama yang melacak harga bitcoin.',
          'Indeks itu dihitung dari harga di sejumlah bursa kripto besar dan diperbarui setiap detik.',
          'Bursa Moskow menyebut produk ini untuk investor institusi yang ingin lindung nilai.',
          'Perdagangan kontrak berjangka berbasis indeks dijadwalkan mulai bulan depan.',
        ],
      },
      k,
    );
    expect(exchange.principal).toEqual([]);
  });

  it('counts the US in a market report only when its state acts at the top, not when the market merely watches it', () => {
    const tariff = scoreRelevance(
      {
        title: 'IHSG Dibuka Menguat, Investor Sambut Kesepakatan Dagang',
        paragraphs: [
          'JAKARTA, KABAR.ID - IHSG dibuka menguat setelah Amerika Serikat menetapkan tarif impor 19 persen untuk produk Indonesia.',
          'Presiden AS Donald Trump mengumumkan kesepakatan itu lewat media sosial, Selasa malam waktu Washington.',
          'Analis menilai tarif yang lebih rendah dari ancaman semula memberi kepastian bagi eksportir.',
          'Saham sektor tekstil dan alas kaki memimpin penguatan pada sesi pertama.',
          'Gedung Putih menyebut Indonesia juga akan membeli produk energi dan pesawat dari AS.',
        ],
      },
      k,
    );
    expect(tariff.principal).toEqual(['us']);
    const watching = scoreRelevance(
      {
        title: 'IHSG Dibuka Menguat, Saham Perbankan Jadi Penopang',
        paragraphs: [
          'JAKARTA, KABAR.ID - IHSG dibuka menguat 0,4 persen ditopang saham perbankan besar.',
          'Analis menyebut investor masih menanti data inflasi AS yang dirilis pekan ini.',
          'Saham BBRI dan BMRI naik lebih dari 1 persen pada sesi pertama.',
          'Nilai transaksi mencapai Rp 4,1 triliun dengan 9.000 kali transaksi.',
        ],
      },
      k,
    );
    expect(watching.principal).toEqual([]);
  });

  it('reads an ex-president\'s holiday meal as celebrity news, but keeps a state story that mentions films and concerts', () => {
    const celebrity = scoreRelevance(
      {
        title: 'Barack Obama Santap Kuliner Khas Bali Bersama Keluarga',
        paragraphs: [
          'DENPASAR, KABAR.ID - Mantan Presiden Amerika Serikat Barack Obama menyantap kuliner khas Bali di sebuah restoran di Ubud, Kamis (29/6/2017).',
          'Obama yang sedang berlibur bersama keluarganya memesan sate lilit, lawar dan nasi campur. Pemilik restoran mengaku kaget.',
          '"Beliau ramah sekali, sempat menyapa karyawan kami," kata pemilik restoran, Made Sudarsana.',
          'Obama dijadwalkan berada di Bali selama sepekan sebelum melanjutkan liburan ke Yogyakarta. Pengamanan dilakukan Polri bersama Paspampres.',
          'Ini kunjungan pertama Obama ke Indonesia sejak tidak lagi menjabat presiden AS.',
        ],
      },
      k,
    );
    expect(celebrity.principal).toEqual([]);
    const state = scoreRelevance(
      {
        title: 'AS Larang Impor Film dari Negara Pesaing, Gedung Putih Siapkan Tarif',
        paragraphs: [
          'WASHINGTON, KABAR.ID - Pemerintah Amerika Serikat melarang impor film dari sejumlah negara pesaing mulai bulan depan.',
          'Gedung Putih menyebut industri film, konser dan album musik AS dirugikan oleh kebijakan dagang negara lain.',
          'Presiden AS Donald Trump mengatakan tarif baru akan dikenakan pada produk hiburan impor.',
          'Kementerian Perdagangan AS akan mengumumkan daftar negara yang terkena aturan itu pekan depan.',
        ],
      },
      k,
    );
    expect(state.principal).toEqual(['us']);
  });

  it('reads a title-cased adverb before the verb ("The Fed Kembali Tahan …") and the lower-case "the Fed" of the body as the state acting', () => {
    const r = scoreRelevance(
      {
        title: 'The Fed Kembali Tahan Suku Bunga, Prediksi Dua Penurunan Tahun Ini',
        paragraphs: [
          'Liputan6.com, Jakarta - Bank sentral Amerika Serikat (AS) atau the Federal Reserve (the Fed) mempertahankan suku bunga acuan pada Rabu waktu setempat.',
          'Langkah the Fed diambil di tengah harapan inflasi yang lebih tinggi dan pertumbuhan ekonomi yang melambat.',
          'Para pejabat bank sentral memperkirakan dua kali pemangkasan sebelum akhir tahun.',
          'Pasar keuangan global bergerak terbatas setelah pengumuman itu.',
          'Imbal hasil obligasi pemerintah bertenor sepuluh tahun turun tipis pada perdagangan sore.',
          'Harga emas dunia naik setelah investor memburu aset aman menjelang akhir pekan.',
          'Analis memperkirakan volatilitas pasar masih tinggi hingga data tenaga kerja dirilis bulan depan.',
          'Sejumlah bank sentral di Asia juga memilih menahan suku bunga acuan mereka pekan ini.',
        ],
      },
      { ...k, relevanceModel: undefined },
    );
    expect(r.principal).toEqual(['us']);
  });

  it('reads Peking University and the China Harbour company as no part of the Chinese state', () => {
    const r = scoreRelevance(
      {
        title: 'Dosen Ini Hanya Habiskan Rp679 Ribu per Bulan untuk Biaya Hidup, Kok Bisa?',
        paragraphs: [
          'JAKARTA - Wei Dongyi, ahli matematika asal Tiongkok, hanya menghabiskan 300 yuan sebulan untuk hidup dan kisahnya menjadi viral.',
          'Wei lahir tahun 1991 dan sejak kecil menonjol di bidang matematika hingga menjuarai olimpiade internasional. Berkat prestasinya ia diterima di Universitas Peking tanpa ujian masuk.',
          'Ia kemudian menjadi dosen di kampus itu, dan mahasiswanya menjulukinya dosen paling sederhana di Peking University.',
          'Padahal, gaji yang diberikan Universitas Peking untuknya mencapai Rp1,3 miliar setahun. Beasiswa dari China Harbour juga pernah ia tolak.',
          'Untuk hiburan, ia lebih memilih mendengarkan radio di asrama Universitas Peking dibanding menonton televisi.',
          'Baru-baru ini ia membuat akun media sosial untuk berbagi ilmu matematika dan mendapat jutaan pengikut.',
        ],
      },
      k,
    );
    expect(r.principal).toEqual([]);
  });

  it("reads Indonesia's Partai Demokrat and the old Soviet team as no state, but the US parties beside the US", () => {
    const party = scoreRelevance(
      {
        title: 'SBY Minta Kader Partai Demokrat Solid Jelang Pilkada',
        paragraphs: [
          'JAKARTA, KABAR.ID - Ketua Umum Partai Demokrat Susilo Bambang Yudhoyono meminta seluruh kader Partai Demokrat tetap solid menjelang pilkada serentak.',
          'Menurut SBY, Partai Demokrat harus hadir di tengah rakyat dan tidak sibuk dengan konflik internal.',
          'Sekjen Partai Demokrat menambahkan, rapat pimpinan Partai Demokrat akan digelar pekan depan di Jakarta.',
        ],
      },
      k,
    );
    expect(party.principal).toEqual([]);
    const football = scoreRelevance(
      {
        title: 'Kenangan Final Euro 1988: Belanda Tumbangkan Uni Soviet',
        paragraphs: [
          'Belanda menjadi juara Euro 1988 setelah mengalahkan Uni Soviet 2-0 di final yang digelar di Munich.',
          'Uni Soviet sebelumnya tampil meyakinkan di fase grup, dan kiper Soviet Rinat Dasayev menjadi bintang turnamen.',
          'Gol Ruud Gullit dan Marco van Basten memastikan trofi pertama Belanda, sementara Soviet pulang dengan kepala tegak.',
        ],
      },
      k,
    );
    expect(football.principal).toEqual([]);
    const senate = scoreRelevance(
      {
        title: 'Senat AS Sahkan RUU Anggaran, Partai Demokrat Menolak',
        paragraphs: [
          'WASHINGTON, KABAR.ID - Senat Amerika Serikat mengesahkan RUU anggaran yang diajukan Presiden Donald Trump.',
          'Partai Demokrat menolak RUU itu, sementara Partai Republik menyebutnya kemenangan bagi Gedung Putih.',
        ],
      },
      k,
    );
    expect(senate.principal).toEqual(['us']);
  });

  it('counts a leader acting in the title of a one-paragraph teaser that names him again', () => {
    const teaser = scoreRelevance(
      {
        title: 'Trump Sindir Macron soal Palestina',
        paragraphs: ['Donald Trump menyindir Presiden Prancis Emmanuel Macron yang berencana mengakui negara Palestina dalam sidang umum pekan depan.'],
      },
      k,
    );
    expect(teaser.principal).toEqual(['us']);
  });

  it('does not take a badminton player whose name starts like a Chinese minister\'s for the minister', () => {
    const badminton = scoreRelevance(
      {
        title: 'Wang Yilyu/Huang Dongping Melaju ke Final',
        paragraphs: [
          'Wang Yilyu/Huang Dongping melaju ke final setelah mengalahkan wakil Jepang dalam dua gim langsung.',
          'Wang Yilyu mengaku puas dengan permainan mereka sepanjang pekan ini.',
          'Mereka akan bertemu pasangan tuan rumah di partai puncak, Minggu.',
        ],
      },
      k,
    );
    expect(badminton.principal).toEqual([]);
  });

  it('reads a story about a tycoon\'s company as business news, not the US state (Elon Musk holds no office)', () => {
    const r = scoreRelevance(
      {
        title: 'Roket Starship Milik Elon Musk Kembali Meledak Saat Uji Terbang',
        paragraphs: [
          'JAKARTA, KABAR.ID - Roket Starship buatan SpaceX, perusahaan milik Elon Musk, meledak beberapa menit setelah lepas landas dari Texas, Amerika Serikat.',
          'Musk menyebut kegagalan itu sebagai bagian dari proses belajar dan berjanji uji terbang berikutnya digelar bulan depan.',
          'SpaceX belum merinci penyebab ledakan, namun puing roket dilaporkan jatuh di perairan Teluk Meksiko.',
        ],
      },
      k,
    );
    expect(r.principal).toEqual([]);
  });

  it('reads "Kota Beijing" in a travel story as the city, not the Chinese state', () => {
    const r = scoreRelevance(
      {
        title: 'Menjelajah Kuil Surga di Pusat Kota Beijing, Ini Rute dan Harga Tiketnya',
        paragraphs: [
          'JAKARTA, KABAR.ID - Kuil Surga menjadi salah satu tujuan favorit pelancong yang singgah di Kota Beijing.',
          'Dari pusat kota Beijing, kompleks kuil itu bisa dicapai dengan kereta bawah tanah jalur 5 dalam 20 menit.',
          'Harga tiket masuk berkisar 15 hingga 34 yuan, tergantung musim dan area yang dikunjungi.',
        ],
      },
      k,
    );
    expect(r.principal).toEqual([]);
  });
  it('counts, by the rules alone, a country acting in a market headline ("… Setelah China Cabut Insentif Pajak") when the body follows it up', () => {
    // Without the learned layer, which might add the country for other reasons.
    const rules = { ...k, relevanceModel: undefined };
    const acting = scoreRelevance(
      {
        title: 'Harga Emas Jatuh Setelah China Cabut Insentif Pajak untuk Pengecer',
        paragraphs: [
          'JAKARTA, KABAR.ID - Harga emas dunia turun ke bawah 4.000 dolar per ons pada perdagangan Senin.',
          'Pedagang menilai permintaan dari konsumen terbesar dunia akan melemah dalam beberapa bulan.',
          'Kementerian Keuangan China mengumumkan pengecer tidak lagi bisa mengurangi pajak pertambahan nilai atas penjualan emas.',
          'Analis menyebut kebijakan Beijing itu dapat menekan penjualan perhiasan menjelang akhir tahun.',
          'Harga perak dan platinum ikut melemah mengikuti emas.',
        ],
      },
      rules,
    );
    expect(acting.principal).toEqual(['china']);
    const watching = scoreRelevance(
      {
        title: 'Harga Emas Jatuh, Investor Cermati Data Ekonomi China',
        paragraphs: [
          'JAKARTA, KABAR.ID - Harga emas dunia turun ke bawah 4.000 dolar per ons pada perdagangan Senin.',
          'Pedagang menanti data perdagangan China dan inflasi AS yang dirilis pekan ini.',
          'Harga perak dan platinum ikut melemah mengikuti emas.',
        ],
      },
      rules,
    );
    expect(watching.principal).toEqual([]);
  });
  it('reads a state visit in the title ("Lawatan Prabowo ke Rusia") as a relation with the state, not a trip\'s destination', () => {
    const rules = { ...k, relevanceModel: undefined };
    const visit = scoreRelevance(
      {
        title: 'Lawatan Prabowo ke Rusia: Empat Dokumen Kerja Sama Diteken',
        paragraphs: [
          'JAKARTA, KABAR.ID - Pemerintah Indonesia dan Federasi Rusia menandatangani empat dokumen kerja sama yang disaksikan Presiden Prabowo Subianto dan Presiden Rusia Vladimir Putin di St. Petersburg, Kamis.',
        ],
      },
      rules,
    );
    expect(visit.principal).toEqual(['russia']);
    const trip = scoreRelevance(
      {
        title: 'Liburan Musim Dingin ke Rusia, Ini Tips Memilih Jaket',
        paragraphs: ['JAKARTA, KABAR.ID - Suhu di Moskow bisa turun hingga minus 20 derajat pada Januari, jadi pilih jaket berlapis.'],
      },
      rules,
    );
    expect(trip.principal).toEqual([]);
  });
});
