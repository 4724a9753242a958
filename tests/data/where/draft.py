R = {}
R["sudan"] = """WAD MADANI, Sudan, June 6 (Wire) - Fighters of the paramilitary Rapid Support Forces stormed the village of Wad al-Noura in Al Jazirah state on Wednesday, killing at least 35 people, local activists said.

The army said it had repelled a separate attack near Al Manaqil. The Rapid Support Forces denied targeting civilians.

More than 12,000 people have been killed across Sudan since the war began in April last year, according to monitors."""
R["syria_ne"] = """QAMISHLI, Syria, Oct. 14 (Wire) - A drone struck a car near Ein Issa in Raqqa province on Monday, killing three fighters of the Kurdish-led Syrian Democratic Forces, a war monitor said.

Artillery shelling also hit villages around Tal Tamer and Ras al-Ain in Hasakeh province overnight, residents said. No casualties were reported.

Turkey has carried out hundreds of strikes in northeast Syria since 2019."""
R["iraq"] = """ERBIL, Iraq, May 2 (Wire) - Two rockets struck near Jurf al-Sakhar, south of Baghdad, on Thursday, security sources said, without giving a toll.

In Tuz Khurmatu, in Salahuddin province, a roadside bomb wounded four policemen. Officials in Amadiya district, in Duhok province, said a Turkish drone strike killed two people on Wednesday."""
R["gaza"] = """RAFAH, Gaza Strip, May 27 (Wire) - An Israeli air strike on a tent camp in Tal al-Sultan, west of Rafah, killed at least 21 people on Sunday night, the territory's health ministry said. The Israeli military said it had targeted militants."""
R["myanmar"] = """YANGON, Myanmar, Feb. 3 (Wire) - Military aircraft bombed a village in Kani township, in Sagaing region, on Tuesday, killing 12 villagers, a local resistance group said. The junta did not comment."""
R["pakistan"] = """PESHAWAR, Pakistan, July 19 (Wire) - A suicide bomber rammed an explosives-laden car into a security convoy in Mir Ali, in North Waziristan, on Friday, killing four soldiers, the army said."""
R["sinjar"] = """DUHOK, Iraq, Aug. 9 (Wire) - A Turkish drone struck a vehicle in Til Ezer, in Sinjar district, on Friday, killing two members of a Yazidi armed group, local officials said."""
R["lebanon"] = """BEIRUT, Lebanon, Jan. 8 (Wire) - Israeli shelling hit the outskirts of Khiam in south Lebanon on Monday, the state news agency said. Hezbollah said it fired rockets at a military post in response."""
R["unknown"] = """HOMS, Syria, March 11 (Wire) - Gunmen killed two shepherds near the village of Qaryat Zughbiya in Homs province on Saturday, a war monitor said."""
R["simple"] = """A strike hit Al Qaim on Friday. Shelling hit Aleppo on Monday."""
