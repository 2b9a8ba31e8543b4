# -*- coding: utf-8 -*-
"""Hand-written Malay (Bernama style) items: misc_*, topic_1/2, event_1/2 (independent), rewrites, partial reuse."""
H = {}

H["ms_misc_1"] = """Terminal bas baharu Kuala Meranti mula beroperasi

KUALA MERANTI, 7 Dis (Bernama) -- Terminal Bas Bersepadu Kuala Meranti yang dibina dengan kos RM86 juta mula beroperasi hari ini, menggantikan stesen bas lama di pusat bandar yang digunakan sejak 1978.

Terminal dua tingkat itu mempunyai 32 platform bas ekspres dan bas henti-henti, 48 kaunter tiket, surau, ruang menunggu berhawa dingin serta tempat letak kereta untuk 600 kenderaan.

Menteri Besar berkata terminal itu dijangka menerima kira-kira 15,000 penumpang sehari, terutama menjelang musim perayaan dan cuti sekolah.

"Stesen lama sudah terlalu sesak dan menyebabkan kesesakan lalu lintas di tengah bandar. Dengan terminal baharu ini, pengguna mendapat kemudahan yang lebih selesa dan selamat," katanya selepas merasmikan terminal itu.

Perkhidmatan bas perantara percuma disediakan antara terminal dan pusat bandar setiap 20 minit. -- BERNAMA
"""

H["ms_misc_2"] = """Pesawah Telok Gading raih hasil tujuh tan sehektar

TELOK GADING, 8 Dis (Bernama) -- Pesawah di kawasan jelapang padi Telok Gading mencatat purata hasil tujuh tan sehektar pada musim utama tahun ini, tertinggi dalam tempoh sedekad.

Pengarah Pertanian Negeri Datuk Kamarul Zaman Yusof berkata peningkatan itu hasil penggunaan benih padi varieti baharu serta sistem pengairan yang dinaik taraf di 4,200 hektar sawah di kawasan berkenaan.

"Sebelum ini purata hasil hanya sekitar 4.8 tan sehektar. Kita juga memperkenalkan penggunaan dron untuk membaja dan meracun, yang menjimatkan masa dan kos pesawah," katanya.

Seramai 2,650 pesawah terlibat dan pendapatan mereka dianggarkan meningkat antara RM1,500 dan RM2,000 sehektar bagi setiap musim. -- BERNAMA
"""

H["ms_misc_3"] = """Pendaratan penyu agar di Pantai Telok Gading meningkat

TELOK GADING, 9 Dis (Bernama) -- Sebanyak 612 pendaratan penyu agar direkodkan di Pantai Telok Gading sepanjang tahun ini, meningkat kira-kira 30 peratus berbanding 471 pendaratan tahun lepas.

Pengarah Jabatan Perikanan Negeri Rosli Abdul Hamid berkata sejumlah 58,900 biji telur penyu dikutip dan dieram di pusat penetasan Telok Gading, dengan kadar penetasan mencecah 82 peratus.

"Larangan menjual telur penyu yang dikuatkuasakan sepenuhnya sejak tahun lepas serta rondaan pada waktu malam oleh sukarelawan kampung memberi kesan positif," katanya di sini hari ini.

Beliau berkata lebih 47,000 anak penyu telah dilepaskan ke laut, dan orang ramai boleh menyertai aktiviti pelepasan itu dengan mendaftar di pusat penetasan. -- BERNAMA
"""

H["ms_misc_4"] = """Program inap desa Kampung Sungai Limau tarik 9,000 pelancong

KUALA MERANTI, 10 Dis (Bernama) -- Program inap desa di Kampung Sungai Limau menerima lebih 9,000 pelancong dalam dan luar negara tahun ini, menjana pendapatan kira-kira RM1.1 juta kepada penduduk kampung.

Pengerusi Koperasi Inap Desa Sungai Limau Hamidah Che Mat berkata 34 buah rumah menyertai program itu, dengan pelancong dari Jepun, Korea Selatan dan Belanda antara yang paling ramai.

"Pelancong asing sangat berminat dengan aktiviti menoreh getah, memasak kuih tradisional dan menaiki sampan di sungai," katanya.

Beliau berkata koperasi bercadang menambah 10 lagi rumah tahun depan dan membina sebuah dewan aktiviti dengan peruntukan RM250,000 daripada kerajaan negeri. -- BERNAMA
"""

H["ms_misc_5"] = """Sebanyak 86 pusat pemindahan sementara sedia hadapi banjir di Kuala Meranti

KUALA MERANTI, 7 Dis (Bernama) -- Sebanyak 86 pusat pemindahan sementara (PPS) di daerah Kuala Meranti telah bersiap sedia untuk menampung mangsa banjir sekiranya berlaku banjir susulan monsun timur laut.

Pegawai Daerah Kuala Meranti Datuk Mohd Nazri Ibrahim berkata PPS itu mampu menempatkan lebih 24,000 mangsa pada satu-satu masa, manakala 3,200 anggota pelbagai agensi penyelamat telah dikenal pasti untuk digerakkan.

"Stok makanan dan barangan keperluan asas juga telah ditempatkan lebih awal di lokasi-lokasi yang dijangka terputus hubungan apabila air naik," katanya selepas mempengerusikan mesyuarat Jawatankuasa Pengurusan Bencana Daerah di sini hari ini.

Beliau menasihatkan penduduk di kawasan berisiko supaya berpindah segera apabila diarahkan oleh pihak berkuasa. -- BERNAMA
"""

MISC6_P2 = "Jeti yang dibina dengan kos RM42 juta itu mampu menampung enam feri serentak dan dilengkapi bangunan terminal, surau serta tempat letak kereta untuk 450 kenderaan. Perjalanan ke Pulau Kekabu kini mengambil masa 35 minit berbanding sejam sebelum ini."
MISC6_P3 = "Pulau Kekabu menerima kira-kira 180,000 pelancong setahun, dan jumlah itu dijangka meningkat kepada 250,000 orang selepas jeti baharu beroperasi sepenuhnya."
H["ms_misc_6"] = f"""Jeti baharu Telok Gading ke Pulau Kekabu dibuka

TELOK GADING, 11 Dis (Bernama) -- Jeti Penumpang Telok Gading yang baharu, penghubung utama ke Pulau Kekabu, dibuka secara rasmi hari ini.

{MISC6_P2}

{MISC6_P3}

Pengusaha bot tempatan Razali Mamat berkata jeti lama sering sesak dan berbahaya ketika air surut. "Sekarang pelancong boleh naik dan turun feri dengan selesa, termasuk warga emas dan orang kurang upaya," katanya. -- BERNAMA
"""

H["ms_misc_7"] = """Pelajar Kuala Meranti juara pertandingan robotik antarabangsa

KUALA MERANTI, 8 Dis (Bernama) -- Tiga pelajar Sekolah Menengah Sains Kuala Meranti muncul juara kategori senior dalam Pertandingan Robotik Antarabangsa yang berlangsung di Seoul, Korea Selatan, minggu lepas.

Pasukan itu yang dianggotai Nur Aisyah Zulkifli, Daniel Tan Wei Jie dan Muhammad Irfan Hakimi, semuanya berusia 16 tahun, menewaskan 84 pasukan dari 23 negara dengan robot pengutip sampah sungai yang dicipta mereka.

"Idea ini datang selepas kami melihat sampah di Sungai Meranti selepas banjir tahun lepas," kata Nur Aisyah ketika ditemui di sekolahnya hari ini.

Guru pembimbing mereka, Zaiton Ismail berkata robot itu menggunakan tenaga solar dan boleh mengutip sehingga 40 kilogram sampah sehari. -- BERNAMA
"""

H["ms_misc_8"] = """Pesta Buku Kuala Meranti sasar 50,000 pengunjung

KUALA MERANTI, 9 Dis (Bernama) -- Pesta Buku Kuala Meranti 2026 yang bermula hari ini di Dewan Besar Majlis Perbandaran menyasarkan 50,000 pengunjung sepanjang lima hari penganjurannya.

Sebanyak 120 reruai daripada 75 penerbit tempatan mengambil bahagian, dengan potongan harga sehingga 70 peratus ditawarkan.

Yang Dipertua Majlis Perbandaran Kuala Meranti Mazlan Abdul Rahman berkata pesta itu turut menampilkan sesi bersama 30 penulis, pertandingan bercerita untuk kanak-kanak dan bengkel penulisan kreatif.

"Kita mahu budaya membaca terus subur, bukan sahaja di kalangan pelajar tetapi juga keluarga," katanya. Pesta buku dibuka dari 10 pagi hingga 10 malam dan masuk adalah percuma. -- BERNAMA
"""

H["ms_misc_9"] = """Harga getah naik, pekebun kecil Bukit Cempaka lega

BUKIT CEMPAKA, 10 Dis (Bernama) -- Pekebun kecil getah di Bukit Cempaka menarik nafas lega apabila harga getah sekerap meningkat kepada RM3.10 sekilogram minggu ini, tertinggi dalam tempoh dua tahun.

Pengerusi Persatuan Pekebun Kecil Getah Bukit Cempaka Ismail Ab Rahman berkata kenaikan itu disebabkan bekalan yang berkurangan di peringkat global akibat cuaca buruk di negara pengeluar utama.

"Sebelum ini ramai pekebun berhenti menoreh sebab harga terlalu rendah, sekarang ada yang mula kembali ke kebun," katanya.

Bagaimanapun, beliau berkata musim tengkujuh yang membawa hujan hampir setiap hari menyebabkan pekebun tidak dapat menoreh secara konsisten. -- BERNAMA
"""

H["ms_misc_10"] = """Kes denggi di Kuala Meranti turun 42 peratus

KUALA MERANTI, 11 Dis (Bernama) -- Kes denggi di daerah Kuala Meranti menurun 42 peratus kepada 1,138 kes setakat minggu ke-49 tahun ini berbanding 1,962 kes dalam tempoh sama tahun lepas.

Pegawai Kesihatan Daerah Dr Farah Wahida Osman berkata tiada kematian akibat denggi direkodkan tahun ini, berbanding tiga kematian tahun lepas.

"Operasi pemusnahan tempat pembiakan nyamuk Aedes secara berkala dan penglibatan komuniti melalui program gotong-royong banyak membantu," katanya dalam kenyataan.

Bagaimanapun, beliau mengingatkan orang ramai supaya terus berwaspada kerana musim hujan meningkatkan risiko takungan air di kawasan kediaman. -- BERNAMA
"""

H["ms_misc_11"] = """Masjid Jamek baharu Bukit Cempaka dirasmikan

BUKIT CEMPAKA, 11 Dis (Bernama) -- Masjid Jamek Bukit Cempaka yang boleh menampung 3,500 jemaah pada satu-satu masa dirasmikan hari ini, menggantikan masjid lama kayu yang dibina pada 1952.

Masjid bernilai RM28 juta itu menggabungkan seni bina tradisional Melayu dan moden, dilengkapi dewan serbaguna, perpustakaan, kelas fardu ain serta klinik komuniti.

Pengerusi Jawatankuasa Masjid Haji Abdul Latif Osman berkata sebahagian besar kos pembinaan datang daripada sumbangan orang ramai dan syarikat swasta.

"Masjid lama akan dipelihara sebagai bangunan warisan dan dijadikan galeri sejarah Islam di daerah ini," katanya. -- BERNAMA
"""

H["ms_misc_12"] = """Seramai 480 pembeli terima kunci Rumah Mampu Milik di Kuala Meranti

KUALA MERANTI, 12 Dis (Bernama) -- Seramai 480 pembeli menerima kunci rumah di bawah projek Rumah Mampu Milik Taman Seri Meranti, yang siap tiga bulan lebih awal daripada jadual.

Rumah teres setingkat dan pangsapuri itu dijual pada harga antara RM150,000 dan RM250,000, iaitu kira-kira 30 peratus lebih rendah daripada harga pasaran.

Pengurus Besar Perbadanan Perumahan Negeri Zulkifli Hassan berkata keutamaan diberikan kepada pembeli rumah pertama berpendapatan bawah RM8,000 sebulan.

"Projek fasa kedua melibatkan 620 unit akan dimulakan tahun depan di Bukit Cempaka," katanya selepas majlis penyerahan kunci di sini hari ini. -- BERNAMA
"""

H["ms_misc_13"] = """Lebih 6,000 nelayan terima bantuan musim tengkujuh

PEKAN LAMA, 9 Dis (Bernama) -- Seramai 6,240 nelayan di negeri ini menerima bantuan khas musim tengkujuh sebanyak RM600 seorang, yang disalurkan terus ke akaun bank masing-masing mulai hari ini.

Pengarah Lembaga Kemajuan Ikan Malaysia negeri Mohd Hairi Musa berkata bantuan itu bertujuan meringankan beban nelayan yang tidak dapat turun ke laut akibat cuaca buruk dan ombak besar.

"Nelayan pantai yang menggunakan bot kecil paling terjejas kerana mereka tidak boleh ke laut hampir tiga bulan," katanya.

Beliau berkata nelayan yang belum berdaftar dinasihatkan menghubungi pejabat LKIM berhampiran sebelum 31 Dis. -- BERNAMA
"""

H["ms_misc_14"] = """Syarikat pemula tempatan bangunkan dron semburan racun untuk sawah

KUALA MERANTI, 8 Dis (Bernama) -- Sebuah syarikat pemula di Kuala Meranti membangunkan dron pertanian yang mampu menyembur racun dan baja di sawah seluas 15 hektar dalam masa sejam.

Pengasas bersama Meranti Agrotek Sdn Bhd Ahmad Syafiq Rosli berkata dron itu dicipta sepenuhnya oleh jurutera tempatan dan dijual pada harga RM45,000, kira-kira separuh daripada harga dron import.

"Kami ingin membantu pesawah mengurangkan kos dan pendedahan kepada racun kimia yang berbahaya kepada kesihatan," katanya.

Syarikat itu telah menjual 36 unit kepada koperasi peladang dan merancang mengeksport ke Indonesia dan Thailand tahun depan. -- BERNAMA
"""

H["ms_misc_15"] = """Kuala Meranti FC layak ke Liga Super

KUALA MERANTI, 13 Dis (Bernama) -- Kuala Meranti FC layak beraksi dalam Liga Super musim depan selepas menewaskan Pekan Lama United 3-1 dalam perlawanan akhir kempen Liga A1 di Stadium Meranti malam tadi.

Kemenangan itu meletakkan pasukan digelar Harimau Hijau itu di tangga kedua dengan 48 mata, di belakang juara liga Bukit Cempaka City.

Ketua jurulatih Kuala Meranti FC Azhar Mansor berkata kejayaan itu adalah hasil kerja keras pemain dan sokongan padu penyokong sepanjang musim.

"Kami tahu Liga Super jauh lebih mencabar, jadi kami akan memperkukuh skuad dengan sekurang-kurangnya empat pemain baharu," katanya. -- BERNAMA
"""

H["ms_misc_16"] = """Perpustakaan digital pertama di Pekan Lama dibuka

PEKAN LAMA, 12 Dis (Bernama) -- Perpustakaan digital pertama di Pekan Lama yang menempatkan 60 komputer dan lebih 20,000 koleksi e-buku dibuka kepada orang ramai hari ini.

Perpustakaan yang dibangunkan dengan kos RM3.6 juta itu turut menyediakan ruang pembelajaran bersama, studio rakaman podcast dan makmal pengaturcaraan untuk kanak-kanak.

Pengarah Perbadanan Perpustakaan Awam Negeri Norhayati Sulaiman berkata perpustakaan itu dibuka tujuh hari seminggu dari 9 pagi hingga 9 malam.

"Penduduk luar bandar juga berhak mendapat akses kepada teknologi dan ilmu yang sama seperti di bandar besar," katanya. -- BERNAMA
"""

H["ms_misc_17"] = """Warga emas Telok Gading sambut ulang tahun ke-101

TELOK GADING, 13 Dis (Bernama) -- Wan Esah Wan Ali, penduduk Kampung Nelayan di sini, menyambut ulang tahun ke-101 hari ini bersama lebih 150 anak, cucu dan cicit.

Wan Esah yang dilahirkan pada 1925 mempunyai sembilan anak, 41 cucu, 78 cicit dan 12 piut. Beliau masih mampu berjalan sendiri dan membaca al-Quran setiap hari tanpa cermin mata.

"Mak tak pernah makan makanan segera, hari-hari makan ikan, sayur kampung dan ulam," kata anak sulungnya, Che Minah Yusof, 78.

Menurut keluarga, Wan Esah pernah bekerja menjual ikan kering di pasar Telok Gading selama lebih 40 tahun. -- BERNAMA
"""

# same topic (wild elephants), different events
H["ms_topic_1"] = """Kawanan gajah liar musnahkan 20 hektar ladang sawit di Felda Bukit Cempaka

BUKIT CEMPAKA, 8 Dis (Bernama) -- Sekawan gajah liar dipercayai memusnahkan kira-kira 20 hektar ladang kelapa sawit milik peneroka Felda Bukit Cempaka sejak dua minggu lepas.

Pengerusi Jawatankuasa Kemajuan Rancangan Felda Bukit Cempaka Jusoh Awang berkata kawanan gajah seramai lapan ekor itu memasuki ladang pada waktu malam dan merosakkan pokok sawit muda berusia tiga tahun.

"Kerugian dianggarkan lebih RM200,000. Peneroka takut hendak ke kebun sebab gajah kadang-kadang masih ada pada waktu pagi," katanya.

Jabatan Perlindungan Hidupan Liar dan Taman Negara (Perhilitan) negeri berkata pasukan khas telah dihantar untuk memantau dan menghalau gajah itu kembali ke hutan. -- BERNAMA
"""
H["ms_topic_2"] = """Anak gajah terpisah daripada kawanan diselamatkan Perhilitan

PEKAN LAMA, 11 Dis (Bernama) -- Seekor anak gajah betina berusia kira-kira enam bulan yang dipercayai terpisah daripada kawanannya diselamatkan oleh Perhilitan di pinggir hutan Pekan Lama semalam.

Pengarah Perhilitan negeri Abdul Malik Yahya berkata anak gajah itu ditemui penduduk dalam keadaan lemah berhampiran sebatang anak sungai dan dipercayai tidak menyusu selama beberapa hari.

"Kami telah cuba mencari kawanannya di kawasan sekitar tetapi tidak berjaya. Anak gajah ini dihantar ke Pusat Konservasi Gajah Kebangsaan untuk rawatan," katanya.

Beliau berkata anak gajah itu kini dalam keadaan stabil dan diberi susu formula setiap tiga jam. -- BERNAMA
"""

# same event by two outlets, written independently (NOT related)
H["ms_event_1"] = """Tiga nelayan diselamatkan selepas bot karam di perairan Telok Gading

TELOK GADING, 10 Dis (Bernama) -- Tiga nelayan diselamatkan selepas terapung-apung hampir sembilan jam apabila bot mereka karam dipukul ombak besar kira-kira 12 batu nautika dari Pantai Telok Gading awal pagi tadi.

Pengarah Maritim Negeri Laksamana Pertama Maritim Rosli Abdullah berkata pihaknya menerima maklumat daripada keluarga mangsa pada 6 pagi selepas bot mereka gagal pulang ke jeti.

Menurutnya, sebuah kapal maritim dan sebuah helikopter dikerahkan dan ketiga-tiga mangsa berusia antara 28 dan 55 tahun ditemui berpaut pada tong ikan pada kira-kira 1 petang.

"Mereka dalam keadaan lemah dan mengalami hipotermia ringan, dan telah dihantar ke Hospital Kuala Meranti untuk rawatan," katanya. Beliau mengingatkan nelayan supaya tidak turun ke laut sepanjang tempoh amaran cuaca buruk. -- BERNAMA
"""
H["ms_event_2"] = """"Saya tak putus berdoa" - isteri nelayan bersyukur suami selamat

Air mata Rohani Ismail, 49, tidak berhenti mengalir sebaik melihat suaminya, Yusof Daud, 55, diusung keluar dari helikopter di padang Hospital Kuala Meranti petang semalam.

Yusof bersama anaknya Azrul, 28, dan seorang rakan, Mat Zin Omar, 41, keluar ke laut dari jeti Telok Gading kira-kira jam 11 malam kelmarin. Bot gentian kaca mereka terbalik dipukul ombak setinggi tiga meter sekitar jam 4 pagi.

"Saya tak putus berdoa sejak subuh. Bila dapat tahu mereka dijumpai berpaut pada tong ikan, saya terus sujud syukur," katanya ketika ditemui di hospital.

Ketiga-tiga mereka diselamatkan Agensi Penguatkuasaan Maritim Malaysia kira-kira 12 batu nautika dari pantai selepas sembilan jam di dalam air. Penduduk kampung berkata Yusof nekad turun ke laut kerana sudah seminggu tidak mendapat hasil.

Oleh Nor Azlina Hashim, Suara Pantai Timur
"""

# close rewrite of misc_3 by another outlet (same facts and figures, reworded, quote verbatim)
H["ms_reuse_rewrite_misc3"] = """Penyu agar semakin banyak mendarat di Telok Gading

Pantai Telok Gading menyaksikan 612 pendaratan penyu agar tahun ini, lonjakan kira-kira 30 peratus berbanding 471 pendaratan pada tahun sebelumnya.

Menurut Pengarah Jabatan Perikanan Negeri Rosli Abdul Hamid, pusat penetasan Telok Gading telah mengutip dan mengeram 58,900 biji telur, dan 82 peratus daripadanya berjaya menetas. Setakat ini lebih 47,000 anak penyu sudah dilepaskan ke laut.

"Larangan menjual telur penyu yang dikuatkuasakan sepenuhnya sejak tahun lepas serta rondaan pada waktu malam oleh sukarelawan kampung memberi kesan positif," katanya.

Orang ramai yang berminat menyertai aktiviti melepaskan anak penyu boleh mendaftar di pusat penetasan berkenaan.

Suara Pantai Timur
"""

# shortened rewrite of ONE formula item (road_2)
H["ms_reuse_rewrite_road2"] = """Jambatan Sungai Parit ditutup mulai 14 Dis

Pengguna Jalan Bukit Cempaka-Parit Tengah perlu mencari laluan lain apabila Jambatan Sungai Parit ditutup sepenuhnya dari 14 Dis hingga 13 Jan 2027 untuk kerja membaiki rasuk dan menukar penghadang.

Jurutera JKR Daerah Bukit Cempaka Ir Nurul Huda Kamaruddin berkata pemandu boleh menggunakan Jalan Felda Bukit Cempaka dan Jalan Parit Hilir sebagai laluan alternatif, namun kenderaan melebihi 7.5 tan dilarang melaluinya. Maklumat lanjut boleh diperoleh di talian 1-800-88-5757.

Suara Pantai Timur
"""

# partial reuse: a tourism-statistics item lifting two paragraphs of misc_6 verbatim
H["ms_reuse_partial_misc6"] = f"""Ketibaan pelancong ke negeri ini cecah 4.2 juta

KUALA MERANTI, 12 Dis (Bernama) -- Negeri ini menerima 4.2 juta pelancong dalam tempoh Januari hingga Oktober tahun ini, meningkat 16 peratus berbanding tempoh sama tahun lepas.

Pengerusi Jawatankuasa Pelancongan Negeri Datuk Seri Hanafi Omar berkata sektor pelancongan menjana pendapatan kira-kira RM3.8 bilion, dengan pelancong dari China, Singapura dan Indonesia mendahului senarai pelancong asing.

Beliau berkata kerajaan negeri memberi tumpuan kepada pembangunan infrastruktur di destinasi pulau, termasuk jeti baharu Telok Gading yang dibuka minggu ini. {MISC6_P2}

{MISC6_P3}

"Kita juga sedang memuktamadkan pelan induk pelancongan pantai timur bagi tempoh 2027 hingga 2035," katanya ketika membentangkan laporan pelancongan negeri di sini hari ini. -- BERNAMA
"""
