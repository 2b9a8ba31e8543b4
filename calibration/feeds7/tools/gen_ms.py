# -*- coding: utf-8 -*-
"""Malay (Bernama style) FORMULA items for feeds7: water_*, road_*, weather_*, court_*, fx_*."""
def J(title, paras):
    return title + "\n\n" + "\n\n".join(p.strip() for p in paras if p and p.strip()) + " -- BERNAMA\n"
ITEMS = {}
FAMILIES = {}

# ---- water: SAMB supply interruptions (9 pagi, 1-800-88-7262 repeat) ----
wt = [
 dict(n=1, hd="KUALA MERANTI, 7 Dis (Bernama)", title="Gangguan bekalan air di 14 kawasan di Kuala Meranti Rabu ini", nk="14", dae="daerah Kuala Meranti", hrs="16", day="Rabu", date="9 Dis",
      why="penyambungan paip utama berdiameter 900 milimeter di Jalan Sungai Limau", areas="Taman Desa Cempaka, Kampung Sungai Limau, Taman Meranti Jaya dan Bandar Baru Kuala Meranti", akaun="21,400",
      rest="1 pagi Khamis", prem="hospital, klinik kesihatan dan sekolah berasrama di kawasan terjejas"),
 dict(n=2, hd="BUKIT CEMPAKA, 8 Dis (Bernama)", title="Bekalan air di enam kawasan di Bukit Cempaka terganggu Khamis", nk="enam", dae="daerah Bukit Cempaka", hrs="12", day="Khamis", date="10 Dis",
      why="penggantian injap dan meter pukal di Loji Rawatan Air Bukit Cempaka", areas="Pekan Bukit Cempaka, Kampung Parit Tengah, Taman Sri Kenanga dan Felda Bukit Cempaka", akaun="8,760",
      rest="9 malam hari sama", prem="pusat dialisis dan premis makanan yang berdaftar"),
 dict(n=3, hd="KUALA MERANTI, 9 Dis (Bernama)", title="Gangguan bekalan air di Telok Gading dan Pekan Lama Sabtu ini", nk="sembilan", dae="mukim Telok Gading dan Pekan Lama", hrs="20", day="Sabtu", date="12 Dis",
      why="kerja-kerja membaiki kebocoran paip di bawah Jambatan Telok Gading", areas="Pekan Telok Gading, Kampung Nelayan, Taman Pantai Indah dan Pekan Lama", akaun="12,950",
      rest="5 pagi Ahad", prem="hospital daerah dan surau-surau di kawasan terjejas"),
 dict(n=4, hd="KUALA MERANTI, 10 Dis (Bernama)", title="Bekalan air di 11 kawasan di Kuala Meranti terganggu Isnin depan", nk="11", dae="daerah Kuala Meranti", hrs="14", day="Isnin", date="14 Dis",
      why="penyambungan paip baharu ke Kolam Air Bukit Tinggi", areas="Taman Bukit Tinggi, Kampung Jawa, Taman Seri Meranti dan Kawasan Perindustrian Ringan Kuala Meranti", akaun="16,380",
      rest="11 malam hari sama", prem="klinik kesihatan dan sekolah di kawasan terjejas"),
 dict(n=5, hd="BUKIT CEMPAKA, 11 Dis (Bernama)", title="Gangguan bekalan air di lima kawasan di Bukit Cempaka Selasa ini", nk="lima", dae="daerah Bukit Cempaka", hrs="10", day="Selasa", date="15 Dis",
      why="kerja-kerja menaik taraf pam di Rumah Pam Parit Tengah", areas="Kampung Parit Tengah, Kampung Parit Hilir, Taman Cempaka Indah dan Sekolah Kebangsaan Parit Tengah", akaun="4,120",
      rest="7 malam hari sama", prem="rumah orang tua dan tadika di kawasan terjejas"),
]
for x in wt:
    p1 = (f"{x['hd']} -- Bekalan air di {x['nk']} kawasan di {x['dae']} akan terganggu selama {x['hrs']} jam bermula 9 pagi {x['day']} ({x['date']}) "
          f"bagi membolehkan kerja-kerja {x['why']} dijalankan.")
    p2 = f"Syarikat Air Meranti Berhad (SAMB) dalam kenyataan hari ini berkata kawasan yang terjejas termasuk {x['areas']}, melibatkan kira-kira {x['akaun']} akaun pengguna."
    p3 = (f"Menurut SAMB, bekalan air dijangka pulih secara berperingkat mulai {x['rest']}. Pengguna dinasihatkan menyimpan air secukupnya dan menggunakannya secara berhemat sepanjang tempoh gangguan. "
          f"Lori tangki akan dikerahkan ke {x['prem']}.")
    p4 = ("Sebarang aduan atau pertanyaan boleh dibuat melalui talian 1-800-88-7262 atau aplikasi SAMB Care." if x['n'] % 2 else
          "Orang ramai boleh menghubungi talian 1-800-88-7262 atau aplikasi SAMB Care untuk maklumat lanjut.")
    ITEMS[f"ms_water_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

# ---- road: JKR closures (7.5 tan, 1-800-88-5757 repeat) ----
rd = [
 dict(n=1, hd="KUALA MERANTI, 7 Dis (Bernama)", title="Jalan Kuala Meranti-Telok Gading ditutup 10 hari mulai Jumaat", road="Jalan Kuala Meranti-Telok Gading", a="Kampung Sungai Limau", b="Simpang Telok Gading",
      start="Jumaat ini (11 Dis)", end="20 Dis", why="menggantikan pembetung yang rosak akibat banjir bulan lepas", dae="Kuala Meranti", eng="Ir Mohd Faizal Abdullah", km="3.2",
      det="Jalan Kampung Jawa dan Jalan Pantai Indah"),
 dict(n=2, hd="BUKIT CEMPAKA, 8 Dis (Bernama)", title="Jambatan Sungai Parit ditutup sebulan untuk kerja baik pulih", road="Jambatan Sungai Parit di Jalan Bukit Cempaka-Parit Tengah", a="Pekan Bukit Cempaka", b="Kampung Parit Tengah",
      start="14 Dis", end="13 Jan 2027", why="membaiki struktur rasuk dan menggantikan penghadang jambatan", dae="Bukit Cempaka", eng="Ir Nurul Huda Kamaruddin", km="0.4",
      det="Jalan Felda Bukit Cempaka dan Jalan Parit Hilir"),
 dict(n=3, hd="KUALA MERANTI, 9 Dis (Bernama)", title="Jalan Bukit Tinggi ditutup dua minggu bagi kerja menurap semula", road="Jalan Bukit Tinggi", a="Bulatan Meranti", b="Taman Bukit Tinggi",
      start="12 Dis", end="26 Dis", why="menurap semula permukaan jalan dan menaik taraf sistem saliran", dae="Kuala Meranti", eng="Ir Mohd Faizal Abdullah", km="2.7",
      det="Jalan Seri Meranti dan Lebuh Perindustrian"),
 dict(n=4, hd="PEKAN LAMA, 10 Dis (Bernama)", title="Jalan Pekan Lama-Kuala Meranti ditutup sebahagian selama tiga minggu", road="Lorong kiri Jalan Pekan Lama-Kuala Meranti", a="Pekan Lama", b="Kampung Nelayan",
      start="15 Dis", end="5 Jan 2027", why="memasang paip air utama di bahu jalan", dae="Pekan Lama", eng="Encik Azman Ismail", km="5.1",
      det="Jalan Pantai Indah dan Jalan Kampung Nelayan"),
]
for x in rd:
    p1 = (f"{x['hd']} -- {x['road']} dari {x['a']} ke {x['b']} akan ditutup sepenuhnya kepada semua kenderaan mulai {x['start']} hingga {x['end']} "
          f"bagi kerja-kerja {x['why']}.").replace("Lorong kiri Jalan Pekan Lama-Kuala Meranti dari Pekan Lama ke Kampung Nelayan akan ditutup sepenuhnya kepada semua kenderaan", "Lorong kiri Jalan Pekan Lama-Kuala Meranti dari Pekan Lama ke Kampung Nelayan akan ditutup kepada semua kenderaan")
    p2 = (f"Jurutera Jabatan Kerja Raya (JKR) Daerah {x['dae']} {x['eng']} berkata penutupan itu melibatkan jajaran sepanjang {x['km']} kilometer dan pengguna jalan raya "
          f"dinasihatkan menggunakan laluan alternatif melalui {x['det']}.")
    p3 = ("\"Papan tanda dan anggota polis trafik akan ditempatkan di lokasi bagi memandu arah lalu lintas. Kenderaan berat melebihi 7.5 tan tidak dibenarkan menggunakan laluan alternatif tersebut,\" "
          "katanya dalam kenyataan di sini hari ini.")
    p4 = ("Orang ramai boleh menghubungi Pusat Kawalan JKR di talian 1-800-88-5757 untuk maklumat lanjut." if x['n'] % 2 else
          "Sebarang pertanyaan boleh diajukan kepada Pusat Kawalan JKR melalui talian 1-800-88-5757.")
    ITEMS[f"ms_road_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

# ---- weather: MetMalaysia continuous-rain warnings (999 and the website repeat) ----
we = [
 dict(n=1, hd="KUALA LUMPUR, 7 Dis (Bernama)", title="Amaran hujan berterusan tahap buruk di Kelantan", lvl="buruk", where="Tumpat, Pasir Mas, Kota Bharu dan Bachok di Kelantan", start="hari ini", end="Khamis (10 Dis)",
      lvl2="waspada", where2="Besut dan Setiu di Terengganu", mm="300", why="kesan monsun timur laut yang membawa angin kencang dari Laut China Selatan"),
 dict(n=2, hd="KUALA LUMPUR, 9 Dis (Bernama)", title="MetMalaysia keluarkan amaran hujan berterusan tahap waspada di Terengganu dan Pahang", lvl="waspada", where="Kemaman, Dungun dan Hulu Terengganu di Terengganu serta Kuantan dan Pekan di Pahang", start="hari ini", end="Jumaat (11 Dis)",
      lvl2="waspada", where2="Rompin dan Maran di Pahang", mm="150", why="luruan monsun yang dijangka melanda pantai timur Semenanjung"),
 dict(n=3, hd="KUALA LUMPUR, 11 Dis (Bernama)", title="Amaran hujan berterusan tahap bahaya di Kelantan dan Terengganu", lvl="bahaya", where="Pasir Mas, Tanah Merah dan Kota Bharu di Kelantan serta Besut di Terengganu", start="hari ini", end="Ahad (13 Dis)",
      lvl2="buruk", where2="Jeli, Kuala Krai dan Machang di Kelantan", mm="400", why="luruan monsun yang kuat disertai pembentukan sistem tekanan rendah"),
 dict(n=4, hd="KUALA LUMPUR, 12 Dis (Bernama)", title="Amaran hujan berterusan tahap waspada di Johor", lvl="waspada", where="Mersing, Kota Tinggi dan Segamat di Johor", start="esok", end="Selasa (15 Dis)",
      lvl2="waspada", where2="Rompin di Pahang", mm="150", why="hujan lebat berterusan yang dijangka beralih ke selatan Semenanjung"),
]
for x in we:
    p1 = (f"{x['hd']} -- Jabatan Meteorologi Malaysia (MetMalaysia) mengeluarkan amaran hujan berterusan tahap {x['lvl']} di {x['where']} dari {x['start']} hingga {x['end']}.")
    p2 = (f"Dalam kenyataan hari ini, MetMalaysia berkata amaran tahap {x['lvl2']} turut dikeluarkan bagi {x['where2']} dalam tempoh yang sama. "
          f"Jumlah hujan di kawasan terlibat dijangka melebihi {x['mm']} milimeter akibat {x['why']}.")
    p3 = ("Orang ramai dinasihatkan supaya sentiasa berwaspada dan merujuk laman sesawang www.met.gov.my serta media sosial rasmi MetMalaysia bagi maklumat terkini. "
          "Sebarang kecemasan boleh dilaporkan kepada talian 999.")
    ITEMS[f"ms_weather_{x['n']}"] = J(x['title'], [p1, p2, p3])

# ---- court: Sessions Court sentences ----
ct = [
 dict(n=1, hd="KUALA MERANTI, 7 Dis (Bernama)", title="Penganggur dipenjara lapan tahun kerana pecah rumah", job="penganggur", yrs="lapan tahun",
      charge="memecah masuk sebuah rumah dan mencuri barang kemas bernilai RM38,500", judge="Hakim Noraini Ahmad", acc="Mohd Rizal Hamdan, 29", why="mempunyai ibu yang uzur dan tiga adik yang masih bersekolah", from_="tarikh tangkap pada 3 Okt lepas",
      facts="memecah masuk rumah seorang guru", place="Taman Desa Cempaka", time="3 petang", date="28 Sept lepas", sec="Seksyen 457 Kanun Keseksaan", pun="penjara sehingga 14 tahun dan boleh dikenakan denda",
      dpp="Nur Amalina Razak", rep="tidak diwakili peguam"),
 dict(n=2, hd="BUKIT CEMPAKA, 8 Dis (Bernama)", title="Pemandu lori dipenjara enam tahun, 10 sebatan kerana milik dadah", job="pemandu lori", yrs="enam tahun dan 10 sebatan",
      charge="memiliki 820 gram syabu", judge="Hakim Ahmad Fauzi Osman", acc="Lim Kok Wai, 41", why="dia merupakan satu-satunya sumber pendapatan keluarga dan menyesali perbuatannya", from_="tarikh tangkap pada 17 Ogos lepas",
      facts="didapati memiliki dadah berbahaya itu di dalam kabin lori", place="Plaza Tol Bukit Cempaka", time="11.30 malam", date="17 Ogos lepas", sec="Seksyen 12(2) Akta Dadah Berbahaya 1952 dan boleh dihukum mengikut Seksyen 39A(2) akta sama", pun="penjara tidak kurang lima tahun dan tidak lebih 15 tahun serta tidak kurang 10 sebatan",
      dpp="Muhammad Hafiz Zulkifli", rep="diwakili peguam Rajesh Kumar"),
 dict(n=3, hd="KUALA MERANTI, 9 Dis (Bernama)", title="Ejen hartanah dipenjara tiga tahun kerana tipu pembeli rumah", job="ejen hartanah", yrs="tiga tahun dan denda RM20,000",
      charge="menipu lapan pembeli rumah membabitkan wang pendahuluan berjumlah RM186,000", judge="Hakim Noraini Ahmad", acc="Siti Rahmah Jaafar, 38", why="dia ibu tunggal kepada empat anak dan telah memulangkan sebahagian wang mangsa", from_="hari ini",
      facts="memperdaya mangsa supaya membayar wang pendahuluan bagi unit rumah teres yang sebenarnya tidak wujud", place="sebuah pejabat di Bandar Baru Kuala Meranti", time="10 pagi", date="antara Januari dan Jun tahun lepas", sec="Seksyen 420 Kanun Keseksaan", pun="penjara tidak kurang setahun dan tidak lebih 10 tahun serta sebatan dan boleh didenda",
      dpp="Nur Amalina Razak", rep="diwakili peguam Hafizah Yusof"),
 dict(n=4, hd="PEKAN LAMA, 10 Dis (Bernama)", title="Dua beradik dipenjara empat tahun kerana curi kabel TNB", job="dua beradik", yrs="empat tahun setiap seorang",
      charge="mencuri kabel milik Tenaga Nasional Berhad (TNB) sepanjang 240 meter bernilai RM52,000", judge="Hakim Zulkarnain Mat Isa", acc="Azmi Salleh, 33, dan Azlan Salleh, 30", why="mereka kehilangan pekerjaan dan terdesak untuk menyara keluarga", from_="tarikh tangkap pada 6 Nov lepas",
      facts="memotong dan mengambil kabel itu dari sebuah pencawang elektrik", place="Kampung Nelayan", time="2 pagi", date="5 Nov lepas", sec="Seksyen 379 Kanun Keseksaan dibaca bersama Seksyen 34 kanun sama", pun="penjara sehingga tujuh tahun atau denda atau kedua-duanya",
      dpp="Muhammad Hafiz Zulkifli", rep="tidak diwakili peguam"),
]
for x in ct:
    pl = x['job'].startswith("dua")
    subj = "Dua beradik" if pl else f"Seorang {x['job']}"
    p1 = f"{x['hd']} -- {subj} dijatuhi hukuman penjara {x['yrs']} oleh Mahkamah Sesyen di sini hari ini selepas mengaku bersalah {x['charge']}."
    p2 = f"{x['judge']} menjatuhkan hukuman itu terhadap {x['acc']}, dan memerintahkan hukuman penjara berjalan dari {x['from_']}."
    tt = "kedua-dua tertuduh" if pl else "tertuduh"
    p3 = (f"Mengikut pertuduhan, {tt} {x['facts']} di {x['place']} kira-kira pukul {x['time']}, {x['date']}. Pertuduhan dibuat mengikut {x['sec']} yang memperuntukkan hukuman "
          f"{x['pun']}, jika sabit kesalahan.")
    p4 = f"Pendakwaan dikendalikan oleh Timbalan Pendakwa Raya {x['dpp']}, manakala {tt} {x['rep']}."
    p5 = (f"Dalam rayuannya, {tt} memohon hukuman ringan atas alasan {x['why']}, namun pihak pendakwaan memohon hukuman yang setimpal "
          f"sebagai pengajaran kepada {tt} dan masyarakat.")
    ITEMS[f"ms_court_{x['n']}"] = J(x['title'], [p1, p2, p3, p5, p4])

# ---- fx: ringgit opening (8 pagi wording repeats) ----
fx = [
 dict(n=1, hd="KUALA LUMPUR, 7 Dis (Bernama)", up=True, why="didorong oleh data pekerjaan AS yang lebih lemah daripada jangkaan pada Jumaat lepas",
      u="4.1520/1575", u0="4.1605/1640", who="Ketua Penyelidikan Ekonomi Meranti Investment Bank Dr Haziq Rahman", q="Pasaran kini menjangkakan Rizab Persekutuan AS akan mengurangkan kadar faedah sekali lagi pada mesyuarat minggu depan, dan ini memberi ruang kepada ringgit untuk mengukuh",
      jpy="2.7715/7755", jpy0="2.7790/7818", gbp="5.5012/5085", gbp0="5.5160/5226", eur="4.8821/8885", eur0="4.8930/8975"),
 dict(n=2, hd="KUALA LUMPUR, 8 Dis (Bernama)", up=False, why="berikutan pengambilan untung selepas mata wang tempatan itu mengukuh semalam",
      u="4.1585/1630", u0="4.1490/1535", who="Ketua Penyelidikan Ekonomi Meranti Investment Bank Dr Haziq Rahman", q="Pelabur mengambil sikap berhati-hati menjelang data inflasi AS yang akan diumumkan esok",
      jpy="2.7802/7850", jpy0="2.7740/7781", gbp="5.5190/5248", gbp0="5.5088/5140", eur="4.8952/9001", eur0="4.8870/8922"),
 dict(n=3, hd="KUALA LUMPUR, 10 Dis (Bernama)", up=True, why="selepas data inflasi AS menunjukkan tekanan harga yang semakin reda",
      u="4.1370/1420", u0="4.1560/1600", who="Penganalisis Pasaran Kanan Cempaka Futures Sdn Bhd Lee Chee Meng", q="Harga minyak mentah Brent yang kembali melepasi paras AS$74 setong turut menyokong ringgit sebagai mata wang berkaitan komoditi",
      jpy="2.7630/7668", jpy0="2.7781/7820", gbp="5.4890/4951", gbp0="5.5143/5200", eur="4.8702/8760", eur0="4.8911/8969"),
 dict(n=4, hd="KUALA LUMPUR, 11 Dis (Bernama)", up=True, why="disokong oleh aliran masuk dana asing ke pasaran bon tempatan",
      u="4.1290/1335", u0="4.1365/1410", who="Penganalisis Pasaran Kanan Cempaka Futures Sdn Bhd Lee Chee Meng", q="Bon kerajaan Malaysia kekal menarik kepada pelabur asing kerana kestabilan fiskal dan jangkaan kadar dasar semalaman yang tidak berubah",
      jpy="2.7581/7620", jpy0="2.7615/7652", gbp="5.4795/4850", gbp0="5.4872/4930", eur="4.8633/8690", eur0="4.8688/8744"),
]
for x in fx:
    hi = "tinggi" if x['up'] else "rendah"
    title = f"Ringgit dibuka {hi} berbanding dolar AS"
    p1 = f"{x['hd']} -- Ringgit dibuka {hi} berbanding dolar Amerika Syarikat (AS) pada awal dagangan hari ini {x['why']}."
    p2 = f"Pada 8 pagi, mata wang tempatan itu {'meningkat' if x['up'] else 'susut'} kepada {x['u']} berbanding dolar AS daripada {x['u0']} ketika ditutup semalam."
    p3 = f"\"{x['q']},\" kata {x['who']} kepada Bernama."
    v = "meningkat" if x['up'] else "susut"
    p4 = (f"Ringgit turut dibuka {'tinggi' if x['up'] else 'rendah'} berbanding sekumpulan mata wang utama lain. Ia {v} berbanding yen Jepun kepada {x['jpy']} daripada {x['jpy0']}, "
          f"berbanding pound Britain kepada {x['gbp']} daripada {x['gbp0']} dan berbanding euro kepada {x['eur']} daripada {x['eur0']}.")
    ITEMS[f"ms_fx_{x['n']}"] = J(title, [p1, p2, p3, p4])

for k in ITEMS:
    FAMILIES.setdefault(k.rsplit("_", 1)[0], []).append(k)
