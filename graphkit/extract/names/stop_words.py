"""Capitalised words that are never part of a personal name: months, days, place kinds, posts, connectives.

A table the name grammar stops at and the officials and appositions stages test words against; kept apart
from ``names`` so that a reader of words (misspellings, word forms) can use it without the grammar.
"""
from __future__ import annotations


MONTHS = ("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember "
          "Senin Selasa Rabu Kamis Jumat Jum'at Sabtu Minggu Ahad").split()
# Capitalised words that follow a name slot but never belong to a name.
_STOP = set(MONTHS) | set(
    "Kabupaten Kota Provinsi Kecamatan Kelurahan Desa Distrik Pemerintah Pemkab Pemkot Pemprov Dinas Badan "
    "Kantor Bagian Bidang Setda Sekretariat Dalam Di Ke Dari Dan Yang Pada Untuk Saat Ketika Sebagai Bersama "
    "Usai Dengan Oleh Serta Juga Selaku Beserta Didampingi Beliau Ia Dia Kami Kita Mereka Para Seluruh Semua "
    "Republik Indonesia RI Negeri Nasional Daerah Umum Pusat Wilayah Utara Selatan Barat Timur Tengah "
    "Apel Rapat Rakor Audiensi Kegiatan Acara Upacara Pelantikan Peresmian Sosialisasi Sambutan Pilkada "
    "Pemilu Kampanye Pj Pjs Plt Plh Penjabat Pelaksana Tugas Harian Sementara Wakil Ketua Anggota Kepala "
    "Sekretaris Direktur Camat Bupati Gubernur Walikota Wali Lurah Presiden Menteri Asisten Staf Ahli "
    "Kapolres Kapolda Kapolsek Dandim Danrem Kajari Kajati Sekda Kadis Kaban OPD ASN PNS DPRD DPR KPU Bawaslu "
    "BACA Baca Foto Sumber Editor Penulis Reporter Humas Menurutnya Namun Selain Sementara Kemudian "
    "Hal Ini Itu Tersebut Mari Semoga Terima Kasih Jalan Gedung Aula Pendopo Hotel Kampung Dusun Jembatan "
    "Pasar Masjid Rumah Sakit Sekolah Stadion Lapangan Kompleks Komplek Taman Pantai Pelabuhan Bandara Terminal "
    "Kawasan Wisma Balai Alun Gunung Bukit Sungai Danau Pulau Nomor No Tahun Pasal Ayat Analis Pengelola "
    "Staf Pegawai Guru Dokter Perawat Bidan Penyuluh Pranata Arsiparis Auditor Widyaiswara Ekonomi Sosial "
    "Politik Hukum Budaya Agama Olahraga Pariwisata Infrastruktur Teknologi Informasi Komunikasi Jasa Barang "
    "Penghubung Aset Program Tim Satgas Wapres Dapil Fraksi Komisi Sidang Paripurna Majelis Reses Launching "
    "Peluncuran Buku Menurut Kata Ujar Tutur Tampak Turut Sedangkan Adapun Bahkan Lalu Selanjutnya Dikatakan "
    "Diketahui Sebelumnya Setelah Sesudah Jadi Tak Tidak Hadir Hadirnya Ditambahkan Narasumber Pembicara Peserta "
    # staff categories ("ASN dan Tenaga Kontrak") and number words ("Sembilan Lurah"): never part of a name
    "Pejabat Fungsional Struktural Tenaga Kontrak Honorer PPPK Outsourcing Satu Dua Tiga Empat Lima Enam Tujuh Delapan Sembilan Sepuluh "
    "Sebelas Seratus Seribu "
    # quantifiers of a group ("Jajaran TNI/Polri", "Unsur Pimpinan DPRD", "Segenap ASN"): never a name
    "Jajaran Unsur Segenap Sejumlah Perwakilan "
    # an agreement and its signing ("Penandatanganan Perjanjian Kerjasama", "Nota Kesepahaman"): a document
    "Penandatanganan Perjanjian Kerjasama Kesepahaman Nota "
    # thanks and greetings that open a sentence ("Terimakasih Pak Kajati ..."): an interjection, never a name
    "Terimakasih Makasih "
    # a term of office after a post ("Gubernur X Sisa Masa Jabatan 2016-2021"): never a name
    "Sisa Masa Jabatan Periode "
    # an interim post ("Kepala Desa Pejabat Antar Waktu", "Pergantian Antar Waktu"): never a name
    "Antar Waktu "
    # prepositions capitalised by a careless hand after a name ("... Budi Santoso Kepada wartawan") and the oath of
    # office that opens a swearing-in ("pengambilan Sumpah/Janji"): never a name ("Negara" is: "Jaya Negara")
    "Kepada Terhadap Tentang Sumpah Janji "
    # ordinals and closers that open a sentence before its subject ("Terakhir, Bupati mengatakan ..."): never a name
    "Terakhir Akhirnya Pertama Berikutnya".split())
_ADDRESS_WORDS = frozenset(("Pak", "Bu", "Bapak", "Ibu", "Bunda"))
# Words of the list above that are given names as well: a month that opens a name ("Juli Suryadi"), a field noun
# inside one ("Budi Budaya Putra").  The name grammar takes them only there, with a name word after them.
NAME_MONTHS = frozenset(MONTHS[:12])
NAME_FIELDS = frozenset(("Budaya",))
