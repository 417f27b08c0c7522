// Word lists for quote attribution. Cue words come from the counts in
// ../shared/corpus/derived-id-speech-verbs (the word after `,"`), non-verbs (demikian, ia, saya) left out.

/** Words that attribute a quote placed after it: `“…,” ujar Wang.` (bare and -nya forms). */
const CUE_STEMS = [
  'kata', 'ujar', 'ucap', 'tutur', 'ungkap', 'jelas', 'tulis', 'tambah', 'pungkas', 'terang', 'lanjut', 'imbuh',
  'sambung', 'tegas', 'tutup', 'papar', 'tandas', 'sebut', 'beber', 'jawab', 'cuit', 'tukas', 'urai', 'cetus', 'kenang',
  'sahut', 'timpal', 'tanya', 'seru', 'tegur', 'kicau', 'aku', 'harap', 'pinta', 'klaim', 'bilang', 'cerita', 'pesan', 'sambut',
  'bunyi', 'saran', 'catat', 'balas',
  // rarer in the counts, but as sure when a name follows: `," buka Wenger`, `," celetuk Billy`, `," singkat Iqbal`
  'buka', 'singkat', 'celetuk', 'imbau', 'ulas', 'cecar', 'teriak', 'puji', 'sindir', 'kecam', 'keluh', 'seloroh', 'kelakar', 'janji', 'yakin', 'tuntas', 'menurut', 'komentar', 'lantun',
];
export const CUE_AFTER = new Set(CUE_STEMS.flatMap((w) => [w, `${w}nya`]));
/** Words that can also be ordinary words mid-sentence; only cues when followed by a name or pronoun. */
export const WEAK_CUES = new Set(['menurut', 'komentar', 'jelas', 'aku', 'harap', 'pesan', 'cerita', 'klaim', 'tanya', 'sebut', 'tutup', 'lanjut', 'pinta', 'saran', 'catat', 'balas', 'buka', 'singkat', 'ulas', 'teriak', 'puji', 'janji', 'yakin', 'keluh']);

/** Speech verbs for a cue before the quote (`Ia mengatakan, “…”`) or after it (`”, Wang menambahkan.`). */
export const SPEECH_VERBS = new Set([
  'mengatakan', 'menyatakan', 'berkata', 'menegaskan', 'menjelaskan', 'mengungkapkan', 'menambahkan', 'menyebut',
  'menyebutkan', 'menulis', 'bilang', 'berujar', 'bertutur', 'menuturkan', 'memaparkan', 'membeberkan', 'mengingatkan',
  'memperingatkan', 'menekankan', 'menyampaikan', 'mengklaim', 'melanjutkan', 'berpesan', 'mengimbuhkan', 'menandaskan',
  'bertanya', 'menjawab', 'mengakui', 'mengutarakan', 'berucap', 'mencuit', 'menyimpulkan', 'menerangkan', 'menguraikan',
  'menuliskan', 'berseru', 'mengucapkan', 'mengemukakan', 'menanggapi', 'berkomentar', 'menyerukan', 'mengeluhkan',
  'menyinggung', 'menukas', 'menimpali', 'menyahut', 'berdalih', 'berharap', 'mengancam', 'menyindir', 'menuding', 'menuduh',
  'menilai', 'berpendapat', 'menyoroti', 'bercanda', 'berkelakar', 'bergurau', 'berteriak', 'berbisik', 'menyambung', 'membalas',
  'memposting', 'mengunggah',
]);

/** Verbs that report speech or a speech act without quoting it ("Trump menuntut …", "Bass menyalahkan …"): they say who "ia" is next. */
export const INDIRECT_SPEECH_VERBS = new Set([
  ...SPEECH_VERBS, 'menuntut', 'membanggakan', 'mengkritik', 'mengecam', 'menyalahkan', 'memuji', 'membantah', 'mendesak',
  'meminta', 'mengimbau', 'mengajak', 'menepis', 'menyangkal', 'menampik', 'mengapresiasi', 'menyambut', 'mengeklaim',
  'mengumumkan', 'melaporkan', 'menceritakan', 'bercerita', 'berbicara', 'mengaku', 'memastikan', 'menyarankan', 'mengusulkan',
  'membenarkan', 'mengonfirmasi', 'menginformasikan', 'mengungkap', 'mencontohkan',
]);

export const PRONOUNS = new Set(['ia', 'dia', 'beliau', 'nya', 'mereka', 'dirinya']);

/** A cue naming the document, not the person ("kata pernyataan itu", "bunyi memo tersebut"): the issuer spoke. */
export const DOCUMENT_SPEAKER = /^(?:pernyataan|pertanyaan|memo|keterangan|rilis|surat|unggahan|laporan|dokumen|siaran pers|postingan|cuitan|pemberitahuan|pengumuman|edaran|putusan|amar putusan|caption|isi keterangan|isi pernyataan|isi surat|isi unggahan)\b/iu;


/** Titles written before a name ("dr Azeta Arif", "Prof. Rhenald"): a segment they open is a person, not a post. */
export const NAME_TITLES = new Set(['dr', 'dr.', 'prof', 'prof.', 'rep', 'gov', 'mr', 'mrs', 'ms', 'drs', 'ir', 'hj', 'kh', 'capt', 'kapt']);

/** Lower-case words that belong to a role ("juru bicara", "menteri luar negeri"), not to a name. */
export const ROLE_WORDS = new Set([
  'presiden', 'wakil', 'menteri', 'menlu', 'menhan', 'perdana', 'pm', 'juru', 'bicara', 'jubir', 'duta', 'besar', 'dubes',
  'kepala', 'ketua', 'direktur', 'sekretaris', 'jenderal', 'sekjen', 'gubernur', 'wali', 'bupati', 'panglima', 'komandan',
  'kapolri', 'kapolda', 'senator', 'anggota', 'pejabat', 'penasihat', 'utusan', 'asisten', 'analis', 'pengamat', 'profesor',
  'peneliti', 'ekonom', 'pimpinan', 'pemimpin', 'raja', 'ratu', 'kanselir', 'ceo', 'pendiri', 'ajudan', 'deputi', 'staf',
  'pelatih', 'kapten', 'manajer', 'kuasa', 'hukum', 'pengacara', 'advokat', 'kolonel', 'laksamana', 'marsekal', 'kabid', 'kasubdit',
  'kasat', 'kapolres', 'kapolsek', 'kalaksa', 'dirut', 'komisaris', 'ketum', 'waketum', 'wasekjen', 'bendum', 'dokter', 'koordinator', 'kepala', 'mantan', 'eks', 'calon',
  'luar', 'negeri', 'dalam', 'pertahanan', 'keuangan', 'perdagangan', 'sosial', 'agama', 'kesehatan', 'pertanian', 'perhubungan', 'perindustrian', 'pariwisata', 'ketenagakerjaan', 'pers', 'untuk', 'urusan', 'tinggi', 'negara', 'khusus', 'umum', 'eksekutif', 'utama', 'humas', 'kabag', 'plt', 'pj', 'kadis', 'dekan',
  'lingkungan', 'hidup', 'kelautan', 'kehutanan', 'kebudayaan',
  'rektor', 'dosen', 'guru', 'besar', 'petinggi', 'perwakilan', 'dagang', 'otoritas', 'pakar', 'politikus', 'legislator',
  ...NAME_TITLES, 'ekonom', 'ahli', 'kepala',
  'kasi', 'kanit', 'kapuspen', 'kabareskrim', 'wamen', 'wamenlu', 'menko', 'mensesneg', 'kapuspenkum', 'jaksa', 'hakim',
  // police and military unit heads ("Kasatreskrim Polresta Solo, AKP …", "Dandim 0735")
  'kasatreskrim', 'kasatlantas', 'kasatnarkoba', 'kasatintelkam', 'kasatsamapta', 'kapolresta', 'kapolrestabes', 'kapolda', 'wakapolda',
  'wakapolres', 'wakapolresta', 'dirreskrimum', 'dirreskrimsus', 'dirresnarkoba', 'dirlantas', 'kabidhumas', 'kasubbid', 'kasihumas',
  'kadishub', 'kadinkes', 'danrem', 'dandim', 'pangdam', 'danramil', 'danlanal',
  // occupations written before a name ("Penyanyi Titi DJ", "pengusaha Elon Musk")
  'penyanyi', 'aktor', 'aktris', 'artis', 'pengusaha', 'miliarder', 'politisi', 'diplomat', 'sutradara', 'produser',
  'komedian', 'presenter', 'jurnalis', 'wartawan', 'aktivis', 'bos', 'bankir', 'akademisi', 'atlet', 'petenis', 'pebalap',
  'musisi', 'desainer', 'komposer', 'rapper', 'youtuber', 'selebgram', 'koki', 'chef', 'ulama', 'pendakwah', 'penceramah',
  // people of a place or a group, written before the place and then the name ("warga Sandringham, Amy Hudson")
  'warga', 'penduduk', 'pengunjung', 'penonton', 'pendukung', 'suporter', 'pedagang', 'sopir', 'petani', 'nelayan',
  'karyawan', 'pegawai', 'siswa', 'mahasiswa',
  // Indonesian posts often missed, and English posts as outlets print them ("Senior Market Analyst Mirae Asset …")
  'dirjen', 'irjen', 'sesditjen', 'kadiv', 'kapusdatin', 'analyst', 'chief', 'officer', 'manager', 'director', 'chairman',
  'spokesperson', 'spokesman', 'economist', 'strategist', 'founder', 'co-founder', 'cofounder', 'vice', 'executive', 'managing',
  'head', 'president', 'secretary', 'minister', 'professor', 'senior', 'partner', 'researcher',
  'board', 'advisor', 'adviser', 'deputy', 'governor', 'commissioner', 'editor', 'consultant', 'associate',
  'corporate', 'communications', 'communication', 'strategic', 'public', 'relations', 'marketing', 'country', 'regional', 'sales', 'operations', 'business', 'development',
  // acting posts: "Pelaksana tugas (Plt) Direktur Jenderal …", "Pelaksana harian"
  'pelaksana', 'tugas', 'harian', 'plh',
  // forms of address and local or religious posts before a name ("Cak Eri", "Gus Ipul", "Lurah Andri", "Uskup Manado")
  'cak', 'gus', 'bung', 'bro', 'bunda', 'kak', 'kakak', 'mas', 'mbak', 'bang', 'abah', 'kang', 'lurah', 'camat', 'kades', 'uskup', 'pastor', 'pendeta', 'ustaz', 'ustadz', 'kiai', 'buya', 'mbah', 'mamah', 'mama', 'tante', 'oma', 'opa', 'om', 'pak', 'bu',
  // ministers by their short titles ("ujar Mendag")
  'sesmenko', 'seskab', 'sesjen', 'mendag', 'menkeu', 'menpar', 'menbud', 'wamenpar', 'wamensos', 'menkes', 'mensos', 'menpora', 'menhub', 'mentan', 'menperin', 'menaker', 'mendikbud', 'menag', 'menkumham', 'menkominfo', 'mendagri',
]);

/** Words that extend a role ("Menteri Luar Negeri", "Duta Besar") but never head one: "Stasiun Luar Angkasa" is no post. */
const ROLE_MODIFIERS = new Set([
  'lingkungan', 'hidup', 'kelautan', 'kehutanan', 'kebudayaan', 'luar', 'negeri', 'dalam', 'pertahanan', 'keuangan', 'perdagangan', 'sosial', 'agama', 'kesehatan', 'pertanian', 'perhubungan', 'perindustrian', 'pariwisata', 'ketenagakerjaan', 'pers', 'untuk', 'urusan', 'tinggi', 'negara', 'khusus', 'umum', 'eksekutif', 'utama', 'besar', 'dagang', 'hukum', 'bicara', 'jenderal', 'tugas', 'harian',
]);

/** Role words that can open a post ("Menteri", "juru", "Dubes"). */
export const ROLE_HEADS = new Set([...ROLE_WORDS].filter((w) => !ROLE_MODIFIERS.has(w)));

/** Nouns for a person ("bos Nvidia itu", "pria kelahiran Surabaya ini"); an epithet on one of them points back at someone. */
export const PERSON_NOUNS = new Set([
  ...ROLE_WORDS, 'pria', 'wanita', 'perempuan', 'lelaki', 'sosok', 'tokoh', 'miliuner', 'taipan', 'konglomerat', 'pemain',
  'pesepak', 'rider', 'pembalap', 'bek', 'gelandang', 'striker', 'penyerang', 'kiper', 'pebulu', 'juara', 'pensiunan', 'ibu', 'ayah', 'bapak', 'istri',
  'suami', 'putra', 'putri', 'anak', 'penulis', 'investor', 'kader', 'birokrat', 'pemilik', 'founder', 'legenda', 'petugas',
  'polisi', 'tentara', 'rekan', 'teman', 'kerabat', 'tetangga', 'korban', 'saksi', 'pemuda', 'remaja', 'dokter', 'spesialis',
  'perawat', 'bidan', 'psikolog', 'astronaut', 'ilmuwan', 'alumni', 'alumnus', 'lulusan', 'arkeolog', 'insan', 'sejarawan', 'budayawan', 'seniman', 'sastrawan',
  'fotografer', 'pelukis', 'penari', 'koreografer', 'jebolan', 'doktor', 'bintang', 'pentolan', 'vokalis', 'gitaris', 'personel', 'drummer', 'pelantun', 'pemeran', 'selebritas', 'influencer', 'model',
  // family ("Nurdin, orangtua Rindy, …") and the football manager by his trade ("taktisi asal Spanyol itu")
  'maestro', 'orangtua', 'kakek', 'nenek', 'paman', 'bibi', 'adik', 'keponakan', 'sepupu', 'menantu', 'mertua', 'sahabat', 'kekasih', 'taktisi', 'arsitek',
]);

/**
 * A noun for a person: listed, or an agent noun in pe- ("perenang", "pebulu tangkis", "pengamat"); nouns
 * in pe-…-an are things ("perusahaan", "pernyataan"), and "pemerintah" is an institution.
 */
export function isPersonNoun(word: string): boolean {
  return PERSON_NOUNS.has(word) || (/^pe\p{Ll}{3,}$/u.test(word) && !/an$/u.test(word) && word !== 'pemerintah');
}

/** Capitalised words that are never part of a personal name (institutions, places, calendar, sentence openers). */
export const NOT_NAME = new Set(
  [
    'Visa', 'Real', 'Liga', 'Kementerian', 'Departemen', 'Luar', 'Negeri', 'Dalam', 'Pertahanan', 'Keuangan', 'Perdagangan', 'Besar', 'Bicara',
    'Jenderal', 'Umum', 'Dewan', 'Keamanan', 'Nasional', 'Republik', 'Rakyat', 'Partai', 'Komunis', 'Komisi', 'Badan',
    'Gedung', 'Putih', 'Kedutaan', 'Kepolisian', 'Polri', 'DPR', 'MPR', 'PBB', 'RI', 'Urusan', 'Pers', 'Federal',
    'Indonesia', 'Israel', 'Iran', 'Ukraina', 'Jepang', 'Korea', 'Selatan', 'Utara', 'Timur', 'Barat', 'Eropa', 'Uni',
    'Jakarta', 'Jatim', 'Jateng', 'Jabar', 'Jogja', 'Sulsel', 'Sumut', 'Sumbar', 'Sumsel', 'Kaltim', 'Kalbar', 'Kalsel', 'Sulut', 'Sulteng', 'Amerika', 'Serikat', 'Inggris', 'Prancis', 'Jerman', 'India', 'Taiwan', 'Hong', 'Kong', 'Tengah', 'Gaza',
    'Palestina', 'Arab', 'Saudi', 'Turki', 'Qatar', 'Mesir', 'Suriah', 'Irak', 'Australia', 'Kanada', 'Meksiko', 'Brasil',
    'Vietnam', 'Filipina', 'Malaysia', 'Singapura', 'Thailand', 'Myanmar', 'Kamboja', 'Laos', 'Pakistan', 'Afghanistan',
    'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', "Jum'at", 'Sabtu', 'Minggu', 'Januari', 'Februari', 'Maret', 'April', 'Mei',
    'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember', 'WIB', 'WITA', 'WIT',
    'Dalam', 'Menurut', 'Namun', 'Selain', 'Pada', 'Sementara', 'Kemudian', 'Ia', 'Dia', 'Ini', 'Itu', 'Hal', 'Saat', 'Sejak',
    'Jika', 'Karena', 'Meski', 'Sebelumnya', 'Selanjutnya', 'Lebih', 'Lanjut', 'Adapun', 'Sedangkan', 'Bahkan', 'Di', 'Ke',
    'Secara', 'Masih', 'Para', 'Meskipun', 'Walau', 'Walaupun', 'Padahal', 'Kalau', 'Hingga', 'Sampai', 'Tanpa', 'Soal',
    'Mengenai', 'Menurutnya', 'Katanya', 'Sementara', 'Sedang', 'Juga', 'Pun', 'Lalu', 'Akhirnya', 'Selama', 'Begitu',
    // Numbers opening a sentence ("Dua gol dari Raspadori …").
    'Satu', 'Dua', 'Tiga', 'Empat', 'Enam', 'Tujuh', 'Delapan', 'Sembilan', 'Sepuluh', 'Sebelas', 'Puluhan', 'Ratusan', 'Ribuan', 'Seratus', 'Seribu',
    'Sebuah', 'Seorang', 'Salah', 'Beberapa', 'Banyak', 'Semua', 'Setiap', 'Tak', 'Tidak', 'Belum', 'Sudah', 'Telah', 'Akan',
    'Bisa', 'Dapat', 'Harus', 'Perlu', 'Kendati', 'Sehingga', 'Agar', 'Supaya', 'Apalagi', 'Sebagaimana', 'Berdasarkan',
    'Semakin', 'Makin', 'Sembari', 'Dept', 'Semasa', 'Berbicara', 'Kepada', 'Nama', 'Berbanding', 'Bersamaan', 'Berbeda', 'Beda', 'Seiring', 'Senada', 'Sejalan', 'Bertepatan', 'Alasan', 'Arahan', 'Ditemui', 'Dilansir', 'Dikutip', 'Diketahui',
    'Menanggapi', 'Melanjutkan', 'Rep', 'Sen', 'Gov', 'Pertama', 'Kedua', 'Ketiga', 'Terakhir', 'Ialah', 'Adalah', 'Yakni', 'Yaitu',
    'Sekarang', 'Kemarin', 'Besok', 'Nanti', 'Dulu', 'Dahulu', 'Tadi', 'Awalnya', 'Sebaliknya', 'Intinya', 'Misalnya',
    'Suatu', 'Sesekali', 'Sambil', 'Dilihat', 'Anda', 'Tanggapan', 'Penjelasan', 'Pria', 'Wanita', 'Perempuan', 'Hanya', 'Adik', 'Apabila', 'Ada', 'Kasus', 'Data', 'Spanduk', 'Aku', 'Saya', 'Kami', 'Kita', 'Baca', 'Simak', 'Siaran',
    'Didampingi', 'Ditemani', 'Dihubungi', 'Dikonfirmasi', 'Diwawancarai', 'Disinggung', 'Ditanya', 'Beruntung',
    'Menyinggung', 'Menyikapi', 'Merespons', 'Merespon', 'Mengomentari', 'Menjawab', 'Menyoal', 'Merujuk', 'Mengingat', 'Menjelang',
    'Beredar', 'Benarkah', 'Sebagian', 'Menindaklanjuti', 'Menyambut', 'Melengkapi', 'Jadi', 'Bila', 'Toh', 'Orang', 'Terpisah', 'Proses', 'Usulan', 'Kalimat', 'Hasil',
    'Sayangnya', 'Untungnya', 'Tentu', 'Memang', 'Rupanya', 'Ternyata', 'Biasanya', 'Sejauh', 'Kala', 'Kelak', 'Bidang',
    'Disebut', 'Disebutkan', 'Dikatakan', 'Diketahui', 'Diharapkan', 'Dilaporkan', 'Diduga', 'Dikabarkan', 'Dinilai',
    'Dari', 'Kata', 'Ujar', 'Tetapi', 'Tapi', 'Dan', 'Atau', 'Yang', 'Untuk', 'Dengan', 'Oleh', 'Bagi', 'Tentang', 'Terkait',
    'Sebab', 'Maka', 'Kini', 'Saat', 'Ketika', 'Setelah', 'Sebelum', 'Usai', 'Seperti', 'Sebagai', 'Beliau', 'Mereka',
    'Kami', 'Kita', 'Saya', 'Presiden', 'Wakil', 'Menteri', 'Menlu', 'Perdana', 'Juru', 'Duta', 'Dubes', 'Kepala', 'Ketua',
    'Direktur', 'Sekretaris', 'Gubernur', 'Panglima', 'Komandan', 'Senator', 'Anggota', 'Pejabat', 'Penasihat', 'Utusan',
    'Pemimpin', 'Raja', 'Ratu', 'Kanselir', 'Mantan', 'PM', 'Jubir', 'Kemlu', 'Kemenlu', 'Deplu', 'Kremlin', 'Pentagon',
    'Tiongkok', 'China', 'Cina', 'Rusia', 'AS', 'Beijing', 'Moskow', 'Washington', 'Gedung', 'Xinhua', 'CCTV', 'Reuters',
    'AFP', 'AP', 'TASS', 'CNN', 'BBC', 'Pemerintah', 'Menhan', 'Militer', 'Angkatan', 'Laut', 'Udara', 'Darat', 'Tentara',
    'Istana', 'Kantor', 'Biro', 'Pusat', 'Provinsi', 'Kota', 'Kabupaten', 'Universitas', 'Institut', 'Lembaga', 'Tim',
    'Asosiasi', 'Organisasi', 'Kedubes', 'Konsulat', 'Bank', 'Sekjen', 'Setelah', 'Pernyataan', 'Berita', 'Baca', 'Juga',
    'Korut', 'Korsel', 'Yordania', 'Lebanon', 'Yaman', 'Emirat', 'Kazakhstan', 'Belarus', 'Eurasia', 'ASEAN', 'NATO', 'BRICS', 'Dilansir', 'Dikutip', 'Mengutip', 'Melansir',
    // the sector a post or agency is named for ("Direktur Jenderal Imigrasi Yuldi Yusman")
    'Imigrasi', 'Pajak', 'Bea', 'Cukai', 'Perhubungan', 'Kesehatan', 'Pendidikan', 'Pertanian', 'Perindustrian', 'Perikanan',
    'Kelautan', 'Energi', 'Perbendaharaan', 'Anggaran', 'Kebudayaan', 'Pariwisata', 'Industri', 'Investasi', 'Hilirisasi', 'Kehutanan',
    'Koperasi', 'Ketenagakerjaan', 'Perumahan', 'Permukiman', 'Sosial',
    // subheadings and terms that open with a capital ("Karier Tifany …", "Generasi Z", "Limfoma Non Hodgkin")
    'Karier', 'Generasi', 'Non',
    // ministries by their short names ("Kemenpar I Gde Pitana"), and "The Fed"
    'Kemendag', 'Kemenkeu', 'Kemenpar', 'Kemenkes', 'Kemensos', 'Kemenpora', 'Kemenhub', 'Kementan', 'Kemenperin', 'Kemnaker',
    'Kemendikbud', 'Kemenag', 'Kemenkumham', 'Kemenkominfo', 'Kemhan', 'Kemenhan', 'The', 'Fed',
    // Indonesian islands, provinces and cities ("Imigrasi Batam" is an office, not a Mr Batam)
    'Jawa', 'Sumatera', 'Sumatra', 'Kalimantan', 'Sulawesi', 'Papua', 'Maluku', 'Bali', 'Lombok', 'Batam', 'Medan', 'Surabaya',
    'Bandung', 'Semarang', 'Yogyakarta', 'Makassar', 'Palembang', 'Pekanbaru', 'Balikpapan', 'Samarinda', 'Manado', 'Denpasar',
    'Padang', 'Pontianak', 'Banjarmasin', 'Jayapura', 'Kupang', 'Mataram', 'Bekasi', 'Depok', 'Tangerang', 'Bogor', 'Cirebon',
    'Solo', 'Boyolali', 'Klaten', 'Sleman', 'Bantul', 'Magelang', 'Ungaran', 'Demak', 'Kendal', 'Kudus', 'Jepara', 'Sukabumi',
    'Cianjur', 'Garut', 'Tasikmalaya', 'Purwakarta', 'Karawang', 'Serang', 'Cilegon', 'Banten', 'Kediri', 'Jember', 'Banyuwangi',
    'Riau', 'Aceh', 'Jambi', 'Bengkulu', 'Lampung', 'NTT', 'NTB', 'DIY', 'DKI',
    // ordinals and openers that start a sentence of a list or a time ("Keenam, massa meminta …", "Sekitar pukul 15.23 …")
    'Keempat', 'Kelima', 'Keenam', 'Ketujuh', 'Kedelapan', 'Kesembilan', 'Kesepuluh', 'Sekitar', 'Melalui', 'Lewat', 'Atas',
    'Wilayah', 'Daerah', 'Langkah', 'Itulah', 'Inilah', 'Begitulah', 'Demikianlah',
    // more countries ("ujar pembalap asal Spanyol")
    'Spanyol', 'Italia', 'Belanda', 'Portugal', 'Argentina', 'Kolombia', 'Nigeria', 'Kamerun', 'Ghana', 'Maroko', 'Tunisia',
    'Aljazair', 'Swiss', 'Swedia', 'Norwegia', 'Denmark', 'Finlandia', 'Polandia', 'Ceko', 'Austria', 'Belgia', 'Yunani',
    'Kroasia', 'Serbia', 'Rumania', 'Hungaria', 'Skotlandia', 'Irlandia', 'Bangladesh', 'Nepal', 'Mongolia', 'Uzbekistan',
    // people named by their part in a case, opening a sentence ("Terdakwa Robig …"), and bodies written in title case
    'Terdakwa', 'Tersangka', 'Terpidana', 'Korban', 'Saksi', 'Pelaku', 'Penggugat', 'Tergugat', 'Pelapor', 'Terlapor',
    'Perbanas', 'Kadin', 'Apindo', 'Hipmi', 'Gapki', 'Aprindo', 'Gaikindo', 'Bapanas', 'Bulog', 'Pertamina', 'Bawaslu',
    'Kompolnas', 'Basarnas', 'Bappenas', 'Danantara', 'Kemendagri', 'Kemenlu', 'Kemendikdasmen', 'Kemenaker',
  ],
);

/** Before a speaker phrase these end it: place, time, medium, manner. */
export const PHRASE_STOP =
  /\s+(?=(?:me|ber)\p{Ll}{4,}(?![\p{L}]))(?!bernama|berinisial|berusia|berumur|berpangkat|berstatus|berasal)(?<=\p{Lu}[\p{L}.'’-]*\s+\p{Lu}[\p{L}.'’-]*\s+)|\s+(?:lebih lanjut|kepada|dalam|saat|ketika|sembari|seraya|di|pada|seperti|sebagaimana|dikutip|dilansir|melansir|mengutip|usai|seusai|setelah|sebelum|melalui|lewat|via|dari|yang|sambil|kemarin|dilaporkan|menurut|sebagai|tentang|terkait|soal|mengenai|menanggapi|dengan|lagi|pula|juga|pun|sebelumnya)\b|\s+(?:dalam|saat|usai|bersama)(?=\p{Ll}{4,})|(?<!(?:^|\s)\p{Lu})[.;:!?]|\((?!\p{Lu}{2,}\)|\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,2}\)\s+\p{Lu}|(?:Plt|Plh|Pj|Pjs)\.?[\s)])|\s[-–—]\s|$/u;

/** A medium the outlet took a quote from. */
export const VIA =
  /(?:dikutip|mengutip|dilansir|melansir|sebagaimana dilaporkan|seperti dilaporkan|dilaporkan|diberitakan|lansir)(?:\s+(?:dari|oleh|laman|situs|media))*\s+((?:[\p{Lu}\d][\p{L}\d.&'’-]*)(?:\s+(?:[\p{Lu}\d][\p{L}\d.&'’-]*|of|the|de)){0,3})/u;
