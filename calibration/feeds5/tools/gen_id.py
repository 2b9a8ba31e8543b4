# -*- coding: utf-8 -*-
"""Indonesian (ANTARA style) formula items for feeds5."""
def J(title, paras):
    return title + "\n\n" + "\n\n".join(p.strip() for p in paras if p and p.strip()) + "\n"
def SIGN(pw, ed):
    return f"Pewarta: {pw}\nEditor: {ed}"
ITEMS = {}

# ---- wage: penetapan UMP 2027 ----
wg = [
 dict(n=1, city="Jakarta", prov="DKI Jakarta", gov="Gubernur DKI Jakarta Pramono Anung", gs="Pramono", ump="5.812.430", pct="7,7", naik="415.560", old="5.396.870", sk="Nomor 1204 Tahun 2026", day="Kamis (19/11)", q="Kenaikan ini sudah mempertimbangkan daya beli pekerja dan kemampuan dunia usaha, dan kami minta seluruh perusahaan mematuhinya", pw="Siti Nurhaliza", ed="Agus Salim", extra="Selain UMP, Pemprov DKI juga menetapkan upah minimum sektoral untuk sektor keuangan dan properti."),
 dict(n=2, city="Bandung", prov="Jawa Barat", gov="Gubernur Jawa Barat Dedi Mulyadi", gs="Dedi", ump="2.327.155", pct="6,4", naik="139.980", old="2.187.175", sk="Nomor 561/Kep.812-Kesra/2026", day="Jumat (20/11)", q="Saya ingin buruh di Jawa Barat hidup layak, tetapi pabrik juga jangan sampai pindah ke provinsi lain", pw="Ricky Prayoga", ed="Budi Santoso", extra="Untuk upah minimum kabupaten/kota, Pemprov Jabar memberi waktu kepada bupati dan wali kota menyampaikan rekomendasi paling lambat pekan depan. Sejumlah serikat pekerja sebelumnya menuntut kenaikan hingga 10 persen."),
 dict(n=3, city="Surabaya", prov="Jawa Timur", gov="Gubernur Jawa Timur Khofifah Indar Parawansa", gs="Khofifah", ump="2.446.880", pct="6,8", naik="155.780", old="2.291.100", sk="Nomor 188/702/KPTS/013/2026", day="Jumat (20/11)", q="Penetapan ini hasil kesepakatan Dewan Pengupahan yang melibatkan unsur pekerja, pengusaha, pemerintah dan akademisi", pw="Willy Irawan", ed="Hendra Kurniawan", extra=""),
 dict(n=4, city="Denpasar", prov="Bali", gov="Gubernur Bali Wayan Koster", gs="Koster", ump="3.207.460", pct="7,1", naik="212.620", old="2.994.840", sk="Nomor 1471/03-M/HK/2026", day="Sabtu (21/11)", q="Pariwisata Bali sudah pulih, maka sudah sepatutnya kesejahteraan pekerja ikut meningkat", pw="Ni Luh Rhismawati", ed="Nusarina Yuliastuti", extra="Koster meminta pengusaha hotel dan restoran tidak menjadikan kenaikan UMP sebagai alasan untuk mengurangi pekerja."),
 dict(n=5, city="Medan", prov="Sumatera Utara", gov="Gubernur Sumatera Utara Bobby Nasution", gs="Bobby", ump="3.121.900", pct="6,9", naik="201.490", old="2.920.410", sk="Nomor 188.44/1120/KPTS/2026", day="Jumat (20/11)", q="Kami akan membuka posko pengaduan bagi pekerja yang dibayar di bawah upah minimum", pw="Michael Siahaan", ed="Achmad Zaenal M", extra=""),
]
for x in wg:
    lead = f"{x['city']} (ANTARA) - Pemerintah Provinsi {x['prov']} menetapkan upah minimum provinsi (UMP) tahun 2027 sebesar Rp{x['ump']}, naik {x['pct']} persen atau Rp{x['naik']} dibandingkan UMP 2026 sebesar Rp{x['old']}."
    p2 = f"Penetapan tersebut tertuang dalam Keputusan Gubernur {x['prov']} {x['sk']} yang diumumkan {x['gov']} di {x['city']}, {x['day']}."
    p3 = f"UMP 2027 mulai berlaku pada 1 Januari 2027 dan wajib dipatuhi oleh seluruh perusahaan di {x['prov']}. Upah minimum tersebut berlaku bagi pekerja dengan masa kerja kurang dari satu tahun, sedangkan pekerja dengan masa kerja satu tahun atau lebih mengikuti struktur dan skala upah. " + x['extra']
    p4 = f"\"{x['q']},\" kata {x['gs']}." if x['n'] % 2 else f"\"{x['q']},\" ujar {x['gs']} kepada wartawan."
    p5 = "Pemerintah provinsi juga mengingatkan bahwa perusahaan yang membayar upah di bawah ketentuan dapat dikenai sanksi sesuai peraturan perundang-undangan." if x['n'] in (1, 3, 5) else ""
    head = {1: "UMP DKI Jakarta 2027 ditetapkan Rp5,81 juta, naik 7,7 persen", 2: "Dedi Mulyadi tetapkan UMP Jabar 2027 Rp2,32 juta", 3: "UMP Jatim 2027 naik 6,8 persen menjadi Rp2,44 juta",
            4: "Koster umumkan UMP Bali 2027 sebesar Rp3,2 juta", 5: "UMP Sumut 2027 ditetapkan Rp3,12 juta"}[x['n']]
    ITEMS[f"id_wage_{x['n']}"] = J(head, [lead, p2, p3, p4, p5, SIGN(x['pw'], x['ed'])])

# ---- tax: realisasi penerimaan pajak Kanwil DJP ----
tx = [
 dict(n=1, city="Semarang", reg="Jawa Tengah I", kep="Nurbaeti Munawaroh", amt="Rp31,4 triliun", pct="84,6", tgt="Rp37,1 triliun", g="5,2", s1="industri pengolahan", c1="38,7", s2="perdagangan besar dan eceran", c2="21,3", day="Senin (9/11)", q="Kami optimistis target tahun ini tercapai karena pembayaran pajak biasanya meningkat signifikan pada Desember", pw="Aris Wasita", ed="Nurul Hayat"),
 dict(n=2, city="Makassar", reg="Sulawesi Selatan, Barat dan Tenggara", kep="Heru Prasetyo Wibowo", amt="Rp14,9 triliun", pct="79,2", tgt="Rp18,8 triliun", g="3,8", s1="pertambangan", c1="24,1", s2="administrasi pemerintahan", c2="19,6", day="Selasa (10/11)", q="Sektor pertambangan nikel masih menopang penerimaan, meskipun harga komoditas sedang melemah", pw="Nur Suhra Wardyah", ed="Riza Fahriza", extra="Jumlah wajib pajak yang melaporkan SPT Tahunan di wilayah tersebut tercatat 1.284.600 atau naik 6 persen."),
 dict(n=3, city="Balikpapan", reg="Kalimantan Timur dan Utara", kep="Monang Sinaga", amt="Rp27,3 triliun", pct="88,1", tgt="Rp31 triliun", g="-2,4", s1="pertambangan batu bara", c1="46,5", s2="konstruksi", c2="12,8", day="Rabu (11/11)", q="Penurunan harga batu bara berdampak langsung pada setoran PPh badan, sehingga kami memperluas pengawasan ke sektor lain", pw="Ahmad Rifandi", ed="Sri Haryati", extra="Penerimaan dari proyek pembangunan Ibu Kota Nusantara menyumbang sekitar Rp2,1 triliun."),
 dict(n=4, city="Denpasar", reg="Bali", kep="Darmawan", amt="Rp9,86 triliun", pct="86,9", tgt="Rp11,35 triliun", g="9,7", s1="penyediaan akomodasi dan makan minum", c1="27,4", s2="perdagangan", c2="18,2", day="Kamis (12/11)", q="Pemulihan pariwisata tercermin jelas pada setoran pajak hotel, restoran dan jasa pendukungnya", pw="Dewa Ketut Sudiarta Wiguna", ed="Nusarina Yuliastuti"),
 dict(n=5, city="Palembang", reg="Sumatera Selatan dan Kepulauan Bangka Belitung", kep="Romadhaniah", amt="Rp12,7 triliun", pct="76,5", tgt="Rp16,6 triliun", g="1,1", s1="perkebunan kelapa sawit", c1="22,9", s2="industri pengolahan", c2="20,4", day="Senin (16/11)", q="Kami akan mengintensifkan kunjungan kepada wajib pajak besar hingga akhir tahun", pw="Yudi Abdullah", ed="Budi Suyanto"),
]
for x in tx:
    lead = f"{x['city']} (ANTARA) - Kantor Wilayah Direktorat Jenderal Pajak (Kanwil DJP) {x['reg']} mencatat realisasi penerimaan pajak hingga akhir Oktober 2026 mencapai {x['amt']} atau {x['pct']} persen dari target tahun ini sebesar {x['tgt']}."
    grow = f"tumbuh {x['g']} persen" if not x['g'].startswith("-") else f"terkontraksi {x['g'][1:]} persen"
    p2 = f"Kepala Kanwil DJP {x['reg']} {x['kep']} di {x['city']}, {x['day']}, mengatakan penerimaan tersebut {grow} dibandingkan periode yang sama tahun lalu."
    p3 = f"Menurut dia, sektor {x['s1']} masih menjadi penyumbang terbesar dengan kontribusi {x['c1']} persen, disusul sektor {x['s2']} sebesar {x['c2']} persen. " + x.get("extra", "")
    p4 = f"\"{x['q']},\" katanya." if x['n'] % 2 else f"\"{x['q']},\" ujar {x['kep'].split()[0]}."
    p5 = "Ia juga mengimbau wajib pajak memanfaatkan layanan daring Coretax untuk pembayaran dan pelaporan sehingga tidak perlu datang ke kantor pelayanan pajak." if x['n'] in (2, 4, 5) else ""
    head = {1: "Penerimaan pajak Jateng I capai Rp31,4 triliun hingga Oktober", 2: "Kanwil DJP Sulselbartra catat penerimaan pajak Rp14,9 triliun", 3: "Penerimaan pajak Kaltimtara turun seiring melemahnya harga batu bara",
            4: "Pajak di Bali tumbuh 9,7 persen ditopang pariwisata", 5: "Realisasi pajak Sumsel-Babel baru 76,5 persen dari target"}[x['n']]
    ITEMS[f"id_tax_{x['n']}"] = J(head, [lead, p2, p3, p4, p5, SIGN(x['pw'], x['ed'])])

# ---- missing: pencarian korban hilang oleh tim SAR ----
ms = [
 dict(n=1, city="Mataram", who="seorang pendaki asal Malaysia berinisial MS (27)", how="saat mendaki", where="jalur Torean Gunung Rinjani, Kabupaten Lombok Utara", since="Rabu (4/11)", kpp="Mataram", kep="Muhamad Hariyadi", k="4", pers="86", area="di sekitar lereng curam dekat Danau Segara Anak", eq="drone termal dan anjing pelacak", q="Cuaca berkabut dan medan yang terjal menjadi kendala utama, tetapi tim tetap bergerak sejak pagi", pw="Akhyar Rosidi", ed="Didik Kusbiantoro"),
 dict(n=2, city="Kendari", who="tiga nelayan warga Desa Lapulu", how="setelah perahu motor mereka dihantam gelombang tinggi", where="perairan Pulau Saponda, Kabupaten Konawe", since="Sabtu (7/11)", kpp="Kendari", kep="Amiruddin AS", k="3", pers="54", area="di radius 20 mil laut dari titik terakhir perahu terlihat", eq="KN SAR Kamajaya dan dua perahu karet", q="Satu nelayan sudah ditemukan selamat dalam kondisi lemas, dua lainnya masih kami cari", pw="Harianto", ed="Andi Firdaus", extra="Nelayan yang selamat ditemukan berpegangan pada jeriken oleh kapal pengangkut ikan yang melintas."),
 dict(n=3, city="Padang", who="seorang bocah berusia sembilan tahun", how="terseret arus saat bermain di tepi sungai", where="Sungai Batang Kuranji, Kota Padang", since="Selasa (10/11)", kpp="Padang", kep="Abdul Malik", k="2", pers="120", area="menyisir aliran sungai sejauh lima kilometer hingga muara", eq="perahu karet dan alat penyelam", q="Debit air masih tinggi setelah hujan deras di hulu, sehingga penyisiran dilakukan dengan sangat hati-hati", pw="Muhammad Zulfikar", ed="Syarif Abdullah"),
 dict(n=4, city="Jayapura", who="seorang penumpang kapal motor KM Sinar Bangun Papua", how="setelah dilaporkan terjatuh dari buritan kapal", where="perairan Teluk Yos Sudarso", since="Kamis (12/11)", kpp="Jayapura", kep="Yefri Sabaruddin", k="5", pers="47", area="ke arah timur mengikuti pergerakan arus permukaan", eq="helikopter dan kapal patroli Polairud", q="Kami juga berkoordinasi dengan nelayan setempat yang paling memahami kondisi arus di teluk", pw="Qadri Pratiwi", ed="Fransiska Ninditya", extra="Menurut saksi, korban sempat terlihat duduk di dek belakang sebelum kapal bersandar."),
 dict(n=5, city="Bogor", who="dua warga", how="tertimbun longsor saat tanah di belakang rumah mereka ambrol", where="Kampung Cisarua, Kecamatan Sukajaya, Kabupaten Bogor", since="Senin (16/11)", kpp="Jakarta", kep="Desiana Kartika Bahari", k="2", pers="210", area="di area timbunan material setinggi empat meter", eq="dua ekskavator dan anjing pelacak K9", q="Kami menggunakan ekskavator secara terbatas karena tanah masih labil dan berpotensi longsor susulan", pw="M Fikri Setiawan", ed="Herry Soebanto"),
]
for x in ms:
    lead = f"{x['city']} (ANTARA) - Tim SAR gabungan masih mencari {x['who']} yang dilaporkan hilang {x['how']} di {x['where']}, sejak {x['since']}."
    p2 = f"Kepala Kantor Pencarian dan Pertolongan {x['kpp']} {x['kep']} mengatakan operasi pencarian hari ke-{x['k']} melibatkan {x['pers']} personel gabungan dari Basarnas, TNI, Polri, BPBD, dan relawan."
    p3 = f"Pencarian difokuskan {x['area']} dengan mengerahkan {x['eq']}. " + x.get("extra", "")
    p4 = f"\"{x['q']},\" kata {dict([(1,'Hariyadi'),(3,'Abdul Malik'),(5,'Desiana')]).get(x['n'])}." if x['n'] % 2 else f"\"{x['q']},\" ujarnya saat dikonfirmasi."
    p5 = "Sesuai prosedur, operasi SAR dilaksanakan selama tujuh hari dan dapat diperpanjang apabila ditemukan tanda-tanda keberadaan korban." if x['n'] in (1, 3, 4) else ""
    head = {1: "Tim SAR gabungan lanjutkan pencarian pendaki Malaysia di Rinjani", 2: "Dua nelayan Konawe hilang di perairan Saponda masih dicari", 3: "Bocah terseret arus Sungai Batang Kuranji belum ditemukan",
            4: "Penumpang kapal terjatuh di Teluk Yos Sudarso masih dicari", 5: "Pencarian dua korban longsor di Sukajaya Bogor berlanjut"}[x['n']]
    ITEMS[f"id_missing_{x['n']}"] = J(head, [lead, p2, p3, p4, p5, SIGN(x['pw'], x['ed'])])

# ---- flood: peringatan dini banjir (jumlah dan waktu dalam kata) ----
fl = [
 dict(n=1, city="Jakarta", who="Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta", gate="Bendung Katulampa", st="Siaga Tiga", tma="seratus sepuluh sentimeter", jam="pukul enam pagi", day="Selasa", area="dua puluh lima kelurahan di sepanjang bantaran Sungai Ciliwung", tiba="sembilan jam", q="Warga di bantaran sungai kami minta memindahkan barang berharga ke tempat yang lebih tinggi dan segera mengungsi jika air mulai naik", extra=""),
 dict(n=2, city="Bandung", who="BPBD Kabupaten Bandung", gate="pos pantau Dayeuhkolot", st="Siaga Dua", tma="dua meter tiga puluh sentimeter", jam="pukul sebelas malam", day="Rabu", area="lima kecamatan, yakni Dayeuhkolot, Baleendah, Bojongsoang, Banjaran dan Rancaekek", tiba="tiga hingga empat jam", q="Kami sudah menyiagakan perahu karet di titik-titik rawan dan dapur umum siap dibuka kapan saja", extra="Curah hujan di kawasan hulu Sungai Citarum tercatat sangat tinggi sejak sore hari."),
 dict(n=3, city="Semarang", who="BPBD Kabupaten Demak", gate="Bendung Wilalung", st="Waspada", tma="empat meter", jam="pukul tiga sore", day="Kamis", area="tiga belas desa di tiga kecamatan di sekitar Sungai Wulan", tiba="satu hari", q="Tanggul yang pernah jebol sudah kami perkuat, tetapi pengawasan dilakukan setiap jam oleh relawan", extra=""),
 dict(n=4, city="Samarinda", who="BPBD Kota Samarinda", gate="Bendungan Benanga", st="Siaga", tma="delapan meter empat puluh sentimeter", jam="pukul delapan pagi", day="Jumat", area="tujuh kelurahan di Kecamatan Samarinda Utara dan Sungai Pinang", tiba="setengah hari", q="Pintu pelimpah terpaksa dibuka bertahap karena air waduk sudah mendekati batas aman", extra="Pemkot juga meminta sekolah di kawasan terdampak bersiap memindahkan kegiatan belajar secara daring."),
 dict(n=5, city="Manado", who="BPBD Provinsi Sulawesi Utara", gate="pos pantau Sungai Tondano", st="Awas", tma="tiga meter tujuh puluh sentimeter", jam="pukul dua dini hari", day="Sabtu", area="enam kelurahan di Kecamatan Singkil dan Wenang", tiba="dua jam", q="Status awas berarti warga harus segera mengungsi, jangan menunggu air masuk rumah", extra="Sebanyak ratusan warga sudah lebih dulu mengungsi ke gedung gereja dan sekolah."),
]
for x in fl:
    lead = f"{x['city']} (ANTARA) - {x['who']} mengeluarkan peringatan dini banjir setelah tinggi muka air di {x['gate']} mencapai {x['tma']} atau berstatus {x['st']} pada {x['day']} {x['jam']}."
    p2 = f"Peringatan tersebut ditujukan kepada warga di {x['area']}. Limpasan air dari hulu diperkirakan tiba di wilayah permukiman dalam waktu sekitar {x['tiba']}."
    p3 = f"Petugas telah disiagakan di sejumlah titik rawan dan warga diminta terus memantau informasi resmi dari pemerintah daerah. " + x['extra']
    p4 = f"\"{x['q']},\" kata juru bicara {x['who'].replace('Badan Penanggulangan Bencana Daerah (BPBD)', 'BPBD')}." if x['n'] % 2 else f"\"{x['q']},\" ujar kepala pelaksana {x['who'].replace('Badan Penanggulangan Bencana Daerah (BPBD)', 'BPBD')} saat dihubungi."
    p5 = "Masyarakat yang membutuhkan bantuan dapat menghubungi layanan kedaruratan yang tersedia selama dua puluh empat jam." if x['n'] in (1, 2, 5) else ""
    head = {1: "Katulampa Siaga Tiga, warga bantaran Ciliwung diminta waspada", 2: "BPBD Kabupaten Bandung keluarkan peringatan banjir Citarum", 3: "Bendung Wilalung berstatus waspada, warga Demak diminta siaga",
            4: "Benanga siaga, tujuh kelurahan di Samarinda diminta waspada banjir", 5: "Sungai Tondano berstatus awas, warga Manado diminta mengungsi"}[x['n']]
    ITEMS[f"id_flood_{x['n']}"] = J(head, [lead, p2, p3, p4, p5, SIGN(["Ricky Prayoga", "Ilham Nugraha", "Immanuel Citra", "Ahmad Rifandi", "Karel Polakitan"][x['n']-1], ["Edy Sujatmiko", "Budi Santoso", "Nurul Hayat", "Sri Haryati", "Andi Firdaus"][x['n']-1])])

# ---- expo: pembukaan pameran (tanpa angka) ----
ex = [
 dict(n=1, city="Jakarta", who="Menteri Perindustrian Agus Gumiwang Kartasasmita", ws="Agus", what="Pameran Kriya Nusantara", venue="Jakarta Convention Center", day="Kamis", show="kerajinan tenun, batik, anyaman rotan dan perhiasan perak karya perajin kecil dan menengah", q="Produk kriya kita punya cerita dan jiwa, dan itulah yang dicari pembeli di pasar global", extra="Usai membuka pameran, Agus meninjau sejumlah stan dan berdialog dengan para perajin."),
 dict(n=2, city="Yogyakarta", who="Gubernur Daerah Istimewa Yogyakarta Sri Sultan Hamengku Buwono X", ws="Sultan", what="pameran seni rupa kontemporer Jogja Art Week", venue="Taman Budaya Yogyakarta", day="Jumat malam", show="lukisan, instalasi dan karya seni media baru dari perupa muda berbagai daerah", q="Kesenian harus menjadi ruang perjumpaan, bukan hanya tontonan", extra=""),
 dict(n=3, city="Surabaya", who="Wakil Menteri Perdagangan Dyah Roro Esti Widya Putri", ws="Roro Esti", what="Pameran Produk Ekspor Jawa Timur", venue="Grand City Convention Hall", day="Rabu", show="produk makanan olahan, furnitur, kopi, rempah dan fesyen muslim yang siap menembus pasar ekspor", q="Kami ingin pelaku usaha daerah berani bertemu langsung dengan pembeli dari luar negeri", extra="Pameran ini juga dilengkapi temu bisnis dengan perwakilan atase perdagangan dari sejumlah negara."),
 dict(n=4, city="Makassar", who="Wali Kota Makassar Munafri Arifuddin", ws="Munafri", what="Makassar Book Fair", venue="Anjungan Pantai Losari", day="Sabtu", show="buku-buku terbitan penerbit lokal dan nasional, lokakarya menulis serta dongeng untuk anak-anak", q="Kami ingin Losari tidak hanya dikenal karena matahari terbenamnya, tetapi juga sebagai ruang membaca warga", extra=""),
 dict(n=5, city="Denpasar", who="Menteri Pariwisata Widiyanti Putri Wardhana", ws="Widiyanti", what="pameran wisata berkelanjutan Bali Green Travel Expo", venue="Bali Nusa Dua Convention Center", day="Selasa", show="paket desa wisata, produk ramah lingkungan dan inovasi pengelolaan sampah di destinasi wisata", q="Wisatawan sekarang memilih destinasi yang menjaga alam dan budaya, dan Bali harus menjadi contohnya", extra="Pembukaan pameran ditandai dengan pemukulan gong dan tarian penyambutan oleh penari muda."),
]
for x in ex:
    lead = f"{x['city']} (ANTARA) - {x['who']} resmi membuka {x['what']} di {x['venue']}, {x['city']}, {x['day']}."
    p2 = f"Pameran tersebut menampilkan {x['show']}. Penyelenggara berharap pameran ini mempertemukan pelaku usaha, komunitas dan masyarakat luas."
    p3 = f"\"{x['q']},\" kata {x['ws']} dalam sambutannya." if x['n'] % 2 else f"Dalam sambutannya, {x['ws']} mengatakan, \"{x['q']}.\""
    p4 = x['extra']
    p5 = "Pameran terbuka untuk umum tanpa dipungut biaya dan berlangsung hingga akhir pekan." if x['n'] in (1, 4, 5) else "Panitia juga menyiapkan rangkaian diskusi dan pertunjukan seni selama pameran berlangsung."
    head = {1: "Menperin buka Pameran Kriya Nusantara di JCC", 2: "Sultan HB X buka Jogja Art Week", 3: "Wamendag buka Pameran Produk Ekspor Jawa Timur",
            4: "Wali Kota Makassar buka Makassar Book Fair di Losari", 5: "Menpar buka Bali Green Travel Expo di Nusa Dua"}[x['n']]
    ITEMS[f"id_expo_{x['n']}"] = J(head, [lead, p2, p3, p4, p5, SIGN(["Sugiharto Purnama", "Luqman Hakim", "Indra Setiawan", "Muh. Hasanuddin", "Ni Putu Putri Muliantari"][x['n']-1], ["Kelik Dewanto", "Hisar Sitanggang", "Slamet Hadi Purnomo", "Anwar Maga", "Budhi Santoso"][x['n']-1])])

# ---- mou: penandatanganan nota kesepahaman (tanpa angka) ----
mo = [
 dict(n=1, city="Jakarta", a="Kementerian Kesehatan", b="Badan Riset dan Inovasi Nasional (BRIN)", topic="pengembangan vaksin dan obat berbasis bahan alam", pa="Menteri Kesehatan Budi Gunadi Sadikin", pb="Kepala BRIN Arif Satria", wit="", scope="riset bersama, pemanfaatan laboratorium, pertukaran data dan peningkatan kapasitas peneliti", qs="Budi", q="Kita tidak boleh lagi terlalu bergantung pada bahan baku obat dari luar negeri"),
 dict(n=2, city="Bandung", a="Pemerintah Provinsi Jawa Barat", b="PT Kereta Api Indonesia (Persero)", topic="reaktivasi jalur kereta api dan pengembangan angkutan perkotaan", pa="Gubernur Jawa Barat Dedi Mulyadi", pb="Direktur Utama PT KAI Bobby Rasyidin", wit="disaksikan jajaran Forkopimda Jawa Barat", scope="kajian kelayakan, penataan lahan di sekitar jalur lama dan integrasi dengan angkutan umum daerah", qs="Dedi", q="Jalur kereta yang lama mati harus hidup lagi supaya warga desa punya akses transportasi murah"),
 dict(n=3, city="Jakarta", a="Kementerian Pendidikan Dasar dan Menengah", b="Kedutaan Besar Jepang di Jakarta", topic="pengembangan pendidikan vokasi dan pengajaran bahasa Jepang di sekolah menengah kejuruan", pa="Menteri Pendidikan Dasar dan Menengah Abdul Mu'ti", pb="Duta Besar Jepang untuk Indonesia Masaki Yasushi", wit="", scope="pelatihan guru, magang siswa di perusahaan Jepang, dan penyusunan kurikulum bersama", qs="Abdul Mu'ti", q="Anak-anak SMK kita harus siap bersaing di dunia kerja internasional, bukan hanya di dalam negeri"),
 dict(n=4, city="Pontianak", a="Pemerintah Provinsi Kalimantan Barat", b="Universitas Tanjungpura", topic="pencegahan kebakaran hutan dan lahan gambut", pa="Gubernur Kalimantan Barat Ria Norsan", pb="Rektor Universitas Tanjungpura Garuda Wiko", wit="disaksikan perwakilan Badan Restorasi Gambut dan Mangrove", scope="pemetaan lahan rawan terbakar, pendampingan masyarakat peduli api, dan riset pembasahan gambut", qs="Ria Norsan", q="Kami ingin pencegahan berbasis ilmu pengetahuan, bukan sekadar memadamkan api setiap musim kemarau"),
 dict(n=5, city="Jakarta", a="Badan Pusat Statistik (BPS)", b="Otoritas Jasa Keuangan (OJK)", topic="pertukaran data dan survei literasi serta inklusi keuangan", pa="Kepala BPS Amalia Adininggar Widyasanti", pb="Ketua Dewan Komisioner OJK Mahendra Siregar", wit="", scope="penyelenggaraan survei bersama, pemanfaatan data mikro dan pengembangan metodologi statistik keuangan", qs="Amalia", q="Data yang akurat adalah dasar kebijakan yang tepat sasaran"),
]
for x in mo:
    lead = f"{x['city']} (ANTARA) - {x['a']} dan {x['b']} menandatangani nota kesepahaman tentang {x['topic']} di {x['city']}, {['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'][x['n']-1]}."
    p2 = f"Nota kesepahaman ditandatangani oleh {x['pa']} dan {x['pb']}" + (f" {x['wit']}." if x['wit'] else ".")
    p3 = f"Kerja sama tersebut mencakup {x['scope']}. Kedua pihak juga sepakat membentuk tim kerja untuk menyusun rencana aksi dan memantau pelaksanaannya."
    p4 = f"\"{x['q']},\" kata {x['qs']} usai penandatanganan." if x['n'] % 2 else f"Menurut {x['qs']}, kerja sama ini penting bagi masyarakat. \"{x['q']},\" ujarnya."
    p5 = "Nota kesepahaman tersebut akan ditindaklanjuti dengan perjanjian kerja sama yang lebih teknis di tingkat unit kerja masing-masing." if x['n'] in (2, 3, 5) else ""
    head = {1: "Kemenkes dan BRIN teken MoU pengembangan vaksin dan obat bahan alam", 2: "Pemprov Jabar dan KAI sepakat reaktivasi jalur kereta", 3: "Kemendikdasmen dan Kedubes Jepang kerja sama pendidikan vokasi",
            4: "Pemprov Kalbar gandeng Untan cegah karhutla gambut", 5: "BPS dan OJK teken MoU pertukaran data literasi keuangan"}[x['n']]
    ITEMS[f"id_mou_{x['n']}"] = J(head, [lead, p2, p3, p4, p5, SIGN(["Lintang Budiyanti Prameswari", "Ricky Prayoga", "Hreeloita Dharma Shanti", "Rendra Oxtora", "Bayu Saputra"][x['n']-1], ["Indra Gultom", "Edy Sujatmiko", "Riza Mulyadi", "Andi Firdaus", "Faisal Yunianto"][x['n']-1])])

# ---- pilgrim: kuota haji 1448 H per provinsi ----
hj = [
 dict(n=1, city="Semarang", prov="Jawa Tengah", kuota="30.377", lansia="1.520", tunggu="32", antre="915.400", kab="Kabupaten Brebes", kabt="34", day="Senin (2/11)", who="Kepala Kantor Wilayah Kementerian Haji dan Umrah Jawa Tengah Saiful Mujab", ws="Saiful", q="Calon jamaah yang sudah masuk alokasi kami minta segera melunasi biaya perjalanan ibadah haji sesuai jadwal", pw="Wisnu Adhi Nugroho", ed="Nurul Hayat"),
 dict(n=2, city="Banda Aceh", prov="Aceh", kuota="4.378", lansia="219", tunggu="34", antre="148.900", kab="Kabupaten Pidie", kabt="37", day="Selasa (3/11)", who="Kepala Kanwil Kementerian Haji dan Umrah Aceh Azhari", ws="Azhari", q="Masa tunggu yang panjang ini menjadi perhatian kami dan terus kami sampaikan ke pemerintah pusat", pw="Rahmat Fajri", ed="Heru Dwi Suryatmojo", extra="Selain kuota reguler, Aceh kembali mendapat tambahan kuota untuk petugas haji daerah."),
 dict(n=3, city="Makassar", prov="Sulawesi Selatan", kuota="7.272", lansia="364", tunggu="47", antre="342.100", kab="Kabupaten Sidenreng Rappang", kabt="49", day="Rabu (4/11)", who="Kepala Kanwil Kementerian Haji dan Umrah Sulawesi Selatan Ikbal Ismail", ws="Ikbal", q="Sulawesi Selatan masih menjadi provinsi dengan antrean terpanjang, sehingga kami mengimbau masyarakat tidak tergiur tawaran haji jalur cepat", pw="Suriani Mappong", ed="Anwar Maga", extra="Ia mengingatkan masyarakat mewaspadai penipuan berkedok visa haji nonkuota."),
 dict(n=4, city="Mataram", prov="Nusa Tenggara Barat", kuota="4.499", lansia="225", tunggu="36", antre="161.800", kab="Kabupaten Lombok Timur", kabt="38", day="Kamis (5/11)", who="Kepala Kanwil Kementerian Haji dan Umrah NTB Zamroni Aziz", ws="Zamroni", q="Manasik haji akan kami mulai lebih awal agar jamaah lansia lebih siap secara fisik dan mental", pw="Nur Imansyah", ed="Didik Kusbiantoro"),
 dict(n=5, city="Pekanbaru", prov="Riau", kuota="5.026", lansia="251", tunggu="26", antre="130.700", kab="Kota Pekanbaru", kabt="28", day="Jumat (6/11)", who="Kepala Kanwil Kementerian Haji dan Umrah Riau Muliardi", ws="Muliardi", q="Kesehatan jamaah menjadi syarat utama, jadi pemeriksaan kesehatan harus dilakukan sebelum pelunasan", pw="Annisa Firdausi", ed="Mulyadi"),
]
for x in hj:
    lead = f"{x['city']} (ANTARA) - Provinsi {x['prov']} mendapat kuota haji reguler tahun 1448 Hijriah/2027 Masehi sebanyak {x['kuota']} orang, termasuk {x['lansia']} kuota prioritas bagi calon jamaah lanjut usia."
    p2 = f"{x['who']} di {x['city']}, {x['day']}, mengatakan jumlah pendaftar yang masih menunggu giliran berangkat di provinsi tersebut mencapai {x['antre']} orang dengan rata-rata masa tunggu {x['tunggu']} tahun."
    p3 = f"Masa tunggu terlama tercatat di {x['kab']}, yakni {x['kabt']} tahun. " + x.get("extra", "")
    p4 = f"\"{x['q']},\" kata {x['ws']}." if x['n'] % 2 else f"\"{x['q']},\" ujarnya."
    p5 = "Pembagian kuota per kabupaten dan kota akan ditetapkan melalui keputusan kepala kantor wilayah setelah data pelunasan tahap pertama diverifikasi." if x['n'] in (1, 2, 4) else ""
    head = {1: "Jawa Tengah dapat kuota haji 30.377 orang pada 2027", 2: "Kuota haji Aceh 2027 sebanyak 4.378, masa tunggu 34 tahun", 3: "Masa tunggu haji di Sulsel capai 47 tahun",
            4: "NTB dapat kuota haji 4.499 orang", 5: "Kuota haji Riau 2027 ditetapkan 5.026 orang"}[x['n']]
    ITEMS[f"id_pilgrim_{x['n']}"] = J(head, [lead, p2, p3, p4, p5, SIGN(x['pw'], x['ed'])])

# ---- preview: prakiraan laga BRI Super League ----
pv = [
 dict(n=1, city="Bandung", home="Persib Bandung", away="Persija Jakarta", st="Stadion Gelora Bandung Lautan Api", w="13", day="Sabtu (14/11)", time="19.00", r1="pertama", p1="28", r2="keempat", p2="22", coach="Pelatih Persib Bojan Hodak", cs="Bojan", q="Laga ini bukan hanya soal tiga poin, tetapi juga harga diri, dan para pemain tahu itu", inj="Persib dipastikan tanpa bek Patricio Matricardi yang masih menjalani akumulasi kartu kuning."),
 dict(n=2, city="Malang", home="Arema FC", away="Bali United", st="Stadion Kanjuruhan", w="13", day="Minggu (15/11)", time="15.30", r1="ke-11", p1="15", r2="ketujuh", p2="19", coach="Pelatih Arema FC Marcos Santos", cs="Marcos", q="Kami harus lebih disiplin dalam bertahan karena Bali United sangat berbahaya dalam serangan balik", inj=""),
 dict(n=3, city="Surabaya", home="Persebaya Surabaya", away="PSM Makassar", st="Stadion Gelora Bung Tomo", w="14", day="Jumat (20/11)", time="19.00", r1="ketiga", p1="24", r2="kesembilan", p2="17", coach="Pelatih Persebaya Eduardo Perez", cs="Perez", q="Dukungan Bonek di stadion akan menjadi tambahan energi, tetapi kami tetap harus menghormati PSM", inj="Gelandang Persebaya Francisco Rivera kembali berlatih penuh setelah pulih dari cedera hamstring."),
 dict(n=4, city="Jakarta", home="Dewa United", away="Borneo FC Samarinda", st="Stadion Banten International", w="14", day="Sabtu (21/11)", time="15.30", r1="keenam", p1="20", r2="kedua", p2="26", coach="Pelatih Dewa United Jan Olde Riekerink", cs="Olde Riekerink", q="Borneo punya skuad yang sangat lengkap, jadi kami harus bermain dengan intensitas tinggi selama sembilan puluh menit", inj=""),
]
for x in pv:
    lead = f"{x['city']} (ANTARA) - {x['home']} akan menjamu {x['away']} pada laga pekan ke-{x['w']} BRI Super League di {x['st']}, {x['day']}, mulai pukul {x['time']} WIB."
    p2 = f"{x['home']} saat ini menempati peringkat {x['r1']} klasemen sementara dengan {x['p1']} poin, sedangkan {x['away']} berada di peringkat {x['r2']} dengan {x['p2']} poin."
    p3 = f"{x['coach']} mengatakan timnya telah mempersiapkan diri dengan baik menjelang laga tersebut. \"{x['q']},\" kata {x['cs']} dalam konferensi pers." if x['n'] % 2 else f"\"{x['q']},\" ujar {x['coach'].replace('Pelatih', 'pelatih', 1)} dalam jumpa pers jelang pertandingan."
    p4 = x['inj']
    p5 = "Panitia pelaksana pertandingan memastikan laga tersebut digelar dengan penonton, dengan pengamanan gabungan dari kepolisian dan TNI." if x['n'] in (1, 3) else "Pertandingan akan disiarkan langsung oleh stasiun televisi pemegang hak siar."
    head = {1: "Persib jamu Persija di GBLA pada pekan ke-13", 2: "Arema FC bertekad bangkit saat menjamu Bali United", 3: "Persebaya siap hadapi PSM di Gelora Bung Tomo", 4: "Dewa United tantang Borneo FC di Banten"}[x['n']]
    ITEMS[f"id_preview_{x['n']}"] = J(head, [lead, p2, p3, p4, p5, SIGN(["Ricky Prayoga", "Vicki Febrianto", "Willy Irawan", "Zaro Ezza Syachniar"][x['n']-1], ["Irwan Suhirwandi", "Teguh Handoko", "Hendra Kurniawan", "Bayu Kuncahyo"][x['n']-1])])
