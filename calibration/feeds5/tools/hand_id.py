# -*- coding: utf-8 -*-
"""Hand-written Indonesian stand-alone items, same-topic stand-alones, and the two rewrites."""
H = {}
H["id_misc_1"] = """Populasi komodo di Pulau Padar meningkat setelah pembatasan kunjungan

Labuan Bajo (ANTARA) - Balai Taman Nasional Komodo mencatat populasi komodo di Pulau Padar, Kabupaten Manggarai Barat, Nusa Tenggara Timur, meningkat menjadi 112 individu pada akhir 2026, dari 87 individu pada pemantauan tiga tahun sebelumnya.

Kepala Balai Taman Nasional Komodo Hendrikus Rani Siga di Labuan Bajo, Rabu (11/11), mengatakan kenaikan tersebut tercatat setelah pengelola membatasi jumlah wisatawan di jalur pendakian Padar dan menutup sebagian kawasan pada musim kawin.

"Komodo di Padar sempat lama dianggap punah secara lokal. Sekarang kami menemukan anakan dan sarang aktif di tiga lembah, itu tanda populasinya benar-benar pulih," kata Hendrikus.

Pemantauan dilakukan dengan 64 kamera jebak yang dipasang selama empat bulan serta survei sarang bersama peneliti dari Komodo Survival Program. Petugas juga mencatat meningkatnya populasi rusa timor yang menjadi pakan utama komodo.

Menurut Hendrikus, kuota harian pendakian Pulau Padar akan dipertahankan pada 2027, sementara tarif konservasi untuk wisatawan mancanegara masih dikaji bersama pemerintah daerah.

Ia menambahkan warga Desa Komodo dan Papagarang dilibatkan sebagai naturalis pemandu sehingga pembatasan kunjungan tidak menghilangkan penghasilan mereka.

Pewarta: Fransiska Mariana Nuka
Editor: Andi Firdaus
"""
H["id_misc_2"] = """Peneliti temukan lukisan gua berusia 48 ribu tahun di Maros

Makassar (ANTARA) - Tim peneliti gabungan Badan Riset dan Inovasi Nasional (BRIN) dan Universitas Griffith, Australia, menemukan lukisan gua bergambar babi rusa dan cap tangan yang diperkirakan berusia sekitar 48 ribu tahun di kawasan karst Maros, Sulawesi Selatan.

Peneliti arkeologi BRIN Adhi Agus Oktaviana di Makassar, Kamis (19/11), mengatakan lukisan itu ditemukan di dinding sebuah ceruk kecil di Leang Bulu Bettue Dua yang sulit dijangkau dan hanya dapat dimasuki dengan merangkak.

Usia lukisan diketahui melalui penanggalan uranium pada lapisan kalsit tipis yang menutupi pigmen merah. Dengan hasil tersebut, lukisan itu termasuk salah satu karya seni figuratif tertua yang pernah ditemukan di dunia.

"Lukisan ini menunjukkan manusia di Sulawesi sudah bercerita lewat gambar jauh sebelum tradisi serupa muncul di Eropa," kata Adhi.

Ia mengatakan kondisi sebagian lukisan mengkhawatirkan karena permukaan batu mulai mengelupas akibat perubahan suhu dan kelembapan. Tim merekomendasikan agar ceruk tersebut ditutup untuk kunjungan umum.

Balai Pelestarian Kebudayaan Wilayah XIX menyatakan akan memasang alat pemantau iklim mikro di gua tersebut dan menyusun rencana konservasi bersama pemerintah Kabupaten Maros.

Pewarta: Nur Suhra Wardyah
Editor: Anwar Maga
"""
H["id_misc_3"] = """Bus listrik mulai layani rute Medan-Danau Toba

Medan (ANTARA) - Layanan bus listrik antarkota dengan rute Bandara Kualanamu menuju Parapat di tepi Danau Toba, Sumatera Utara, resmi beroperasi sejak Senin (23/11) dengan 12 armada.

Direktur Utama Perum DAMRI Setia N Milatia Moemin di Medan mengatakan bus berkapasitas 40 penumpang itu mampu menempuh perjalanan sekitar 170 kilometer dengan sekali pengisian daya. Stasiun pengisian disiapkan di Kualanamu dan Parapat.

"Kami ingin wisatawan yang datang ke Danau Toba merasakan perjalanan yang nyaman sekaligus ramah lingkungan sejak turun dari pesawat," kata Setia.

Pada pekan pertama, tarif ditetapkan Rp85.000 per penumpang, lebih murah dibandingkan tarif travel reguler. Bus berangkat setiap dua jam mulai pukul 06.00 hingga 18.00 WIB.

Badan Otorita Pengelola Kawasan Pariwisata Danau Toba menyambut baik layanan tersebut. Menurut otorita, kunjungan wisatawan ke kawasan Danau Toba pada 2026 diperkirakan mencapai 1,3 juta orang.

Sejumlah penumpang pada hari pertama mengaku puas, meski beberapa di antaranya mengeluhkan belum tersedianya jadwal keberangkatan malam hari.

Pewarta: Michael Siahaan
Editor: Achmad Zaenal M
"""
H["id_misc_4"] = """Ekspor kopi Gayo tembus rekor 9.800 ton

Banda Aceh (ANTARA) - Ekspor kopi arabika Gayo dari Provinsi Aceh sepanjang Januari hingga Oktober 2026 mencapai 9.800 ton senilai 112 juta dolar AS, tertinggi sejak pencatatan ekspor kopi di daerah itu dilakukan.

Kepala Dinas Perindustrian dan Perdagangan Aceh Mohd Tanwier di Banda Aceh, Senin (9/11), mengatakan nilai ekspor melonjak hampir 40 persen karena harga kopi arabika di pasar dunia berada di level tinggi sepanjang tahun.

Amerika Serikat masih menjadi tujuan utama dengan porsi sekitar 45 persen, disusul Uni Eropa, Jepang dan Australia. Sebagian besar kopi dikirim melalui Pelabuhan Belawan, Sumatera Utara.

"Petani di dataran tinggi Gayo sekarang bisa menikmati harga gelondong merah yang dua kali lipat dibandingkan tiga tahun lalu," kata Tanwier.

Meski demikian, ia mengingatkan petani agar tidak memanen kopi sebelum matang karena pembeli luar negeri semakin ketat menerapkan standar mutu dan ketertelusuran.

Pemerintah Aceh juga tengah menyiapkan peremajaan kebun kopi seluas 3.000 hektare di Aceh Tengah, Bener Meriah dan Gayo Lues mulai tahun depan.

Pewarta: Rahmat Fajri
Editor: Heru Dwi Suryatmojo
"""
H["id_misc_5"] = """Ribuan tukik penyu lekang dilepas di Pantai Kuta

Denpasar (ANTARA) - Sebanyak 2.400 tukik penyu lekang dilepasliarkan di Pantai Kuta, Kabupaten Badung, Bali, Minggu (22/11), dalam puncak musim penetasan tahun ini.

Koordinator Satgas Penyelamatan Penyu Pantai Kuta I Gusti Ngurah Tresna mengatakan tukik-tukik itu berasal dari 31 sarang yang diselamatkan relawan dari pantai yang ramai wisatawan dan dipindahkan ke area penetasan semialami.

"Sepanjang tahun ini kami menyelamatkan lebih dari 80 sarang, jumlah terbanyak dalam lima tahun terakhir," kata Tresna.

Pelepasan tukik dilakukan menjelang matahari terbenam untuk mengurangi risiko dimangsa burung. Ratusan wisatawan domestik dan mancanegara ikut menyaksikan kegiatan tersebut, namun diminta tidak menyentuh tukik dan tidak menggunakan lampu kilat saat memotret.

Tresna menyebut ancaman terbesar bagi penyu di Kuta adalah sampah plastik dan cahaya dari bangunan di tepi pantai yang membuat tukik kehilangan arah.

Pemerintah Kabupaten Badung berencana memasang lampu penerangan berwarna kuning yang lebih ramah penyu di sepanjang pantai mulai tahun depan.

Pewarta: Ni Luh Rhismawati
Editor: Nusarina Yuliastuti
"""
# same topic, different events: Sumatran tigers
H["id_topic_1"] = """Harimau sumatra terekam kamera jebak di perkebunan warga Kampar

Pekanbaru (ANTARA) - Seekor harimau sumatra terekam kamera jebak di kawasan perkebunan sawit milik warga Desa Rantau Kasih, Kabupaten Kampar, Riau, Selasa (3/11).

Kepala Balai Besar Konservasi Sumber Daya Alam Riau Supartono di Pekanbaru mengatakan harimau jantan dewasa itu diduga melintas dari kawasan Suaka Margasatwa Bukit Rimbang Bukit Baling menuju hutan di sisi utara desa.

"Belum ada laporan ternak yang dimangsa. Kami minta warga tidak beraktivitas sendirian di kebun pada pagi buta dan menjelang malam," kata Supartono.

Petugas memasang tambahan empat kamera jebak dan spanduk imbauan di jalan desa. Warga juga diminta tidak memasang jerat babi hutan karena dapat melukai harimau.

BBKSDA mencatat sedikitnya 17 kejadian perjumpaan harimau dengan manusia di Riau sepanjang 2026, sebagian besar di perbatasan kebun dengan kawasan hutan.
"""
H["id_topic_2"] = """Konflik harimau di Aceh Selatan, tiga ekor sapi warga dimangsa

Tapaktuan (ANTARA) - Tiga ekor sapi milik warga Kecamatan Trumon Timur, Kabupaten Aceh Selatan, Aceh, ditemukan mati dengan bekas gigitan yang diduga berasal dari harimau sumatra dalam sepekan terakhir.

Kepala Seksi Konservasi Wilayah II BKSDA Aceh Hadi Sofyan di Tapaktuan, Rabu (25/11), mengatakan tim telah menemukan jejak kaki harimau berukuran besar di sekitar kandang ternak warga yang berbatasan dengan kawasan Suaka Margasatwa Rawa Singkil.

"Kami memasang kandang jebak sebagai langkah terakhir jika harimau terus masuk ke permukiman. Prioritas kami menghalau dan mengembalikannya ke hutan," kata Hadi.

Warga diminta mengandangkan ternak pada malam hari dan tidak melepasnya di pinggir hutan. Tim patroli bersama masyarakat berjaga setiap malam dengan membunyikan meriam karbit untuk menghalau satwa tersebut.

Dinas Peternakan setempat akan mendata kerugian warga untuk diusulkan mendapat bantuan penggantian ternak.
"""
H["id_reuse_rewrite_misc2"] = """Lukisan babi rusa berumur 48.000 tahun ditemukan di gua Maros

Makassar - Sebuah lukisan gua bergambar babi rusa dan cap tangan berusia kurang lebih 48.000 tahun ditemukan di kawasan karst Maros, Sulawesi Selatan. Temuan ini merupakan hasil penelitian bersama BRIN dan Griffith University, Australia.

Lukisan tersebut berada di ceruk sempit di Leang Bulu Bettue Dua. Menurut peneliti arkeologi BRIN Adhi Agus Oktaviana, tim harus merangkak untuk mencapai dinding yang dilukis.

Peneliti menentukan umur lukisan dengan metode penanggalan uranium terhadap kerak kalsit yang menutupi pigmen merah. Hasilnya menempatkan lukisan ini di antara karya seni figuratif tertua di dunia.

"Lukisan ini menunjukkan manusia di Sulawesi sudah bercerita lewat gambar jauh sebelum tradisi serupa muncul di Eropa," ujar Adhi, Kamis (19/11).

Namun, permukaan batu di sebagian area lukisan mulai mengelupas karena perubahan suhu dan kelembapan. Karena itu, tim menyarankan ceruk ditutup bagi pengunjung umum.

Balai Pelestarian Kebudayaan Wilayah XIX berencana memasang alat pengukur iklim mikro dan menyusun rencana konservasi bersama Pemkab Maros.
"""
H["id_reuse_rewrite_mou3"] = """Kemendikdasmen dan Jepang sepakati kerja sama vokasi untuk siswa SMK

Jakarta - Kementerian Pendidikan Dasar dan Menengah menjalin kerja sama dengan Kedutaan Besar Jepang di Jakarta di bidang pendidikan vokasi dan pengajaran bahasa Jepang di SMK.

Nota kesepahaman diteken Mendikdasmen Abdul Mu'ti dan Duta Besar Jepang Masaki Yasushi di Jakarta, Rabu. Ruang lingkupnya meliputi pelatihan guru, program magang siswa di perusahaan Jepang, serta penyusunan kurikulum bersama.

Kedua pihak akan membentuk tim kerja yang bertugas menyusun rencana aksi sekaligus memantau pelaksanaannya.

"Anak-anak SMK kita harus siap bersaing di dunia kerja internasional, bukan hanya di dalam negeri," kata Abdul Mu'ti.

Kerja sama ini selanjutnya akan dituangkan dalam perjanjian teknis di tingkat unit kerja.
"""
