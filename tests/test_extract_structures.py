"""Classes of phrasing the extractor reads (issue: extraction that carries over), each on sentences
written for these tests: claims owned by an actor, threats, demands, clashes in both directions,
companions ("along with"), event nouns on light verbs and in places, captures from someone, titles
without a state, mistyped places and leaders' administrations."""
from __future__ import annotations

import pytest

import newsgraph as ng
from tests.conftest import assert_extracts, edges, objects_of

CASES = [
    # the owner of a rejected, backed or criticised claim is the target
    ("proposal-by", "Venezuela rejected a proposal by Colombia to reopen the border.", {("Venezuela", "OPPOSES", "Colombia")}, set()),
    ("offer-poss", "Ghana rejected Nigeria's offer of talks.", {("Ghana", "OPPOSES", "Nigeria")}, set()),
    # a threatened act is a threat, not the act
    ("threaten-to", "Peru threatened to cut diplomatic ties with Bolivia.", {("Peru", "THREATENS", "Bolivia")}, {("Peru", "SANCTIONS", "Bolivia")}),
    ("vow-to", "Sudan vowed to attack Chad if the raids continued.", {("Sudan", "THREATENS", "Chad")}, {("Sudan", "ATTACKS", "Chad")}),
    # demands with a that-clause
    ("demand-that", "Chile demanded that Argentina withdraw its troops.", {("Chile", "APPEALS_TO", "Argentina")}, set()),
    # clashes are fought by both sides
    ("clash-with", "Kenyan troops clashed with al-Shabaab fighters near the border.",
     {("Kenya", "ATTACKS", "al-Shabaab"), ("al-Shabaab", "ATTACKS", "Kenya")}, set()),
    ("clashes-between", "Clashes between Armenia and Azerbaijan killed four soldiers.",
     {("Armenia", "ATTACKS", "Azerbaijan"), ("Azerbaijan", "ATTACKS", "Armenia")}, set()),
    ("fight-alongside", "Wagner mercenaries fought alongside Malian soldiers.", {("Wagner Group", "ALLIED_WITH", "Mali")}, {("Wagner Group", "ATTACKS", "Mali")}),
    # companions act with the subject
    ("along-with", "France, along with Germany, is a major donor to the African Union.",
     {("France", "PROVIDES_AID", "African Union"), ("Germany", "PROVIDES_AID", "African Union")}, set()),
    ("together-with", "Kenya, together with Uganda, sent troops to Somalia.",
     {("Kenya", "DEPLOYS_TO", "Somalia"), ("Uganda", "DEPLOYS_TO", "Somalia")}, set()),
    # event nouns carried by light verbs, and their places
    ("in-aid-to", "Japan pledged $50 million in aid to Sri Lanka.", {("Japan", "PROVIDES_AID", "Sri Lanka")}, set()),
    ("ordered-offensive", "The Ethiopian government ordered a military offensive against the TPLF.",
     {("Ethiopia", "ATTACKS", "Tigray People's Liberation Front")}, set()),
    ("lodged-protest", "Vietnam lodged a protest with China over the incident.", {("Vietnam", "CRITICIZES", "China")}, {("Vietnam", "OPPOSES", "China")}),
    ("strikes-in-place", "Russian air strikes in the Idlib countryside killed twelve civilians.", {("Russia", "ATTACKS", "Idlib")}, set()),
    ("strikes-in-country", "Russian air strikes in Syria killed twelve civilians.", set(), {("Russia", "ATTACKS", "Syria")}),
    ("sold-to", "China sold fighter jets to Pakistan last year.", {("China", "PROVIDES_AID", "Pakistan")}, set()),
    ("praise", "Uganda praised Tanzania for its mediation.", {("Uganda", "SUPPORTS", "Tanzania")}, set()),
    # a war or conflict between two parties is fought by both
    ("war-between", "The war between Iraq and Iran lasted eight years.", {("Iraq", "ATTACKS", "Iran"), ("Iran", "ATTACKS", "Iraq")}, set()),
    ("conflict-between", "A border conflict between Eritrea and Djibouti erupted in June.",
     {("Eritrea", "ATTACKS", "Djibouti"), ("Djibouti", "ATTACKS", "Eritrea")}, set()),
    # forces sent to help a state: deployed to it, in its support; "helped X fight Y": X is helped
    ("sent-to-help", "Senegal sent 1,500 soldiers to help Gambia restore order.",
     {("Senegal", "SUPPORTS", "Gambia"), ("Senegal", "DEPLOYS_TO", "Gambia")}, set()),
    ("helped-fight", "Iran helped Iraq fight Islamic State.", {("Iran", "SUPPORTS", "Iraq")}, set()),
    # a group that rules or runs a place holds it
    ("ruled-place", "Hamas, which has ruled Gaza since 2007, rejected the plan.", {("Hamas", "CONTROLS", "Gaza")}, set()),
    ("run-region", "The Houthis, who run most of northern Yemen, denied the report.", {("Houthis", "CONTROLS", "northern Yemen")}, set()),
    ("run-state", "President Yoweri Museveni has run Uganda since 1986.", {("Yoweri Museveni", "LEADS", "Uganda")}, set()),
    # an allegation denied or dismissed opposes its owner, when the text names one
    ("denied-poss-charge", "Rwanda denied Burundi's accusation.", {("Rwanda", "OPPOSES", "Burundi")}, set()),
    ("dismissed-allegation-by", "Moscow dismissed the allegations by Poland as absurd.", {("Russia", "OPPOSES", "Poland")}, set()),
    ("denied-weapons", "Iran denied the rebels weapons.", set(), {("Iran", "OPPOSES", "rebels")}),
    # titles with ranks, capitalised titles with "of", groups led by someone, names the NER cut at a place
    ("army-spokesman-rank", "Fighting spread across Sudan on Monday. The Sudanese government in Sudan declared an emergency. "
     "Army spokesman Colonel Nabil Abdalla said the rebels had retreated.", {("Nabil Abdalla", "MEMBER_OF", "Sudanese army")}, set()),
    ("emir-of", "Idriss Deby met the Emir of Kuwait, Sheikh Sabah al-Ahmad, in Doha.", {("Sabah al-Ahmad", "LEADS", "Kuwait")}, set()),
    ("group-led-by", "The Lord's Resistance Army, a group led by Joseph Kony, denied the report.", {("Joseph Kony", "LEADS", "Lord's Resistance Army")}, set()),
    ("org-of-place", "The Islamic Movement of Uzbekistan, a group led by Tahir Yuldash, denied the report.",
     {("Tahir Yuldash", "LEADS", "Islamic Movement of Uzbekistan")}, set()),
    ("marines", "U.S. Marines battled Taliban fighters in Helmand.", {("United States", "ATTACKS", "Taliban")}, set()),
    ("former-capitalised", "Former Kenyan President Daniel arap Moi met the envoy.", set(), {("Daniel arap Moi", "LEADS", "Kenya")}),
    # fire exchanged is fire both ways
    ("exchanged-fire", "Armenian and Azerbaijani forces exchanged fire along the border.",
     {("Armenia", "ATTACKS", "Azerbaijan"), ("Azerbaijan", "ATTACKS", "Armenia")}, set()),
    ("traded-fire-with", "Indian troops traded fire with Pakistani soldiers in Kashmir.",
     {("India", "ATTACKS", "Pakistan"), ("Pakistan", "ATTACKS", "India")}, set()),
    # aid counted in money ("$400 million in aid"), forces based or flown somewhere, names cut at "under"
    ("money-in-aid", "The United States gave Ukraine $400 million in military aid.", {("United States", "PROVIDES_AID", "Ukraine")}, set()),
    ("based-in", "About 3,000 Turkish soldiers are based in northern Cyprus.", {("Turkey", "DEPLOYS_TO", "northern Cyprus")}, set()),
    ("based-company", "The company is based in Nairobi.", set(), {("company", "DEPLOYS_TO", "Nairobi")}),
    ("place-under", "France has 5,100 troops in the Sahel under Operation Barkhane.", {("France", "DEPLOYS_TO", "Sahel")}, set()),
    ("contractors-arrived", "Russian military contractors arrived in Bamako last month.", {("Russia", "DEPLOYS_TO", "Bamako")}, set()),
    # overthrowing, forcing out, summoning an envoy, blaming something on someone
    ("force-out", "Nigerian troops entered Gambia to force out Yahya Jammeh.", {("Nigeria", "OPPOSES", "Yahya Jammeh")}, set()),
    ("summoned-envoy", "Japan summoned the Chinese ambassador over the incident.", {("Japan", "CRITICIZES", "China")}, set()),
    ("blamed-thing-on", "Uganda blamed the bombing on al-Shabaab.", {("Uganda", "CRITICIZES", "al-Shabaab")}, set()),
    # a main verb the parser hung on its subject after a relative clause; demands rejected were asked
    ("verb-after-relative", "Kenya and Uganda exchanged fire for hours. Tanzania, which borders both countries, called on the two sides to stop.",
     {("Tanzania", "APPEALS_TO", "Kenya"), ("Tanzania", "APPEALS_TO", "Uganda")}, set()),
    ("rejected-demands-from", "President Paul Biya rejected demands from the Social Democratic Front for early elections.",
     {("Social Democratic Front", "APPEALS_TO", "Paul Biya"), ("Paul Biya", "OPPOSES", "Social Democratic Front")}, set()),
    # bases kept, operated or hosted: the owner's forces are deployed there
    ("operate-bases", "Britain and France both operate naval bases in Oman.",
     {("United Kingdom", "DEPLOYS_TO", "Oman"), ("France", "DEPLOYS_TO", "Oman")}, set()),
    ("hosts-base", "Bahrain hosts a large U.S. naval base.", {("United States", "DEPLOYS_TO", "Bahrain")}, {("Bahrain", "MEETS", "United States")}),
    # a person's supporters are a group of their own that supports them
    ("supporters-of", "Supporters of Raila Odinga clashed with police in Kisumu.",
     {("Odinga supporters", "SUPPORTS", "Raila Odinga")}, set()),
    # power installed or handed over backs its new holder
    ("installed-as", "Niger's army installed General Salifou Mody as interim leader.", {("Nigerien army", "SUPPORTS", "Salifou Mody")}, set()),
    ("handed-power-to", "Guinea's junta handed power to Alpha Conde in December.", {("Guinea", "SUPPORTS", "Alpha Conde")}, set()),
    ("installed-missiles", "Russia installed missiles near the border.", set(), {("Russia", "SUPPORTS", "missiles")}),
    # a person seized is attacked, never held like territory
    ("captured-person", "Peruvian police captured Abimael Guzman in Lima.", {("Peruvian police", "ATTACKS", "Abimael Guzman")}, {("Peruvian police", "CONTROLS", "Abimael Guzman")}),
    # taking a place from someone attacks them
    ("recapture-from", "Ukrainian forces recaptured the town of Lyman from Russian troops.",
     {("Ukraine", "CONTROLS", "Lyman"), ("Ukraine", "ATTACKS", "Russia")}, set()),
    ("took-from", "Rebels took the town of Saraqeb from government forces in Syria.", {("Syrian rebels", "CONTROLS", "Saraqeb")}, set()),
    # titles whose state is not written: a known person's own state
    ("title-known-person", "Prime Minister Dmitry Medvedev met Putin.", {("Dmitry Medvedev", "LEADS", "Russia")}, set()),
    ("president-elect", "U.S. President-elect Donald Trump praised Putin.", {("Donald Trump", "LEADS", "United States")}, set()),
    # a leader's administration is the state
    ("administration-of-leader", "The Obama administration imposed sanctions on Venezuela.", {("United States", "SANCTIONS", "Venezuela")}, set()),
    # event nouns as the subject of an impact verb; a coalition named by a compound
    ("strikes-by-hit", "Air strikes by Saudi-led coalition jets hit Sanaa on Tuesday.", {("Saudi-led coalition", "ATTACKS", "Sanaa")}, set()),
    ("shelling-killed", "Russian shelling killed three Ukrainian soldiers near Bakhmut.", {("Russia", "ATTACKS", "Ukraine")}, set()),
    # an unresolved proper noun acted upon is a place, whatever the NER called it
    ("place-mistagged", "Russian warplanes pounded Aleppo, Syria's largest city.", {("Russia", "ATTACKS", "Aleppo")}, set()),
    # agent nouns: compounds and possessives name the body, hyphenated titles, misattached appositions
    ("compound-body", "Hamas spokesman Fawzi Barhoum condemned the raid.", {("Fawzi Barhoum", "MEMBER_OF", "Hamas")}, set()),
    ("secretary-general", "Jens Stoltenberg, NATO's secretary-general, visited Kyiv.", {("Jens Stoltenberg", "LEADS", "NATO")}, set()),
    ("envoy-for-appos", "The U.N. envoy for Libya, Ghassan Salame, said the talks failed.", {("Ghassan Salame", "MEMBER_OF", "United Nations")},
     {("Ghassan Salame", "MEMBER_OF", "Libya")}),
    # relative clauses in the passive; the owner of a condemned event
    ("relcl-passive", "The Houthis, who are backed by Iran, fired missiles at Saudi Arabia.",
     {("Iran", "SUPPORTS", "Houthis"), ("Houthis", "ATTACKS", "Saudi Arabia")}, set()),
    ("event-owner", "The Arab League condemned the Israeli strike on Gaza.", {("Arab League", "CRITICIZES", "Israel")}, set()),
    # figurative uses are no attack
    ("struck-a-tone", "President Lula struck a conciliatory tone toward Argentina.", set(), {("Luiz Inacio Lula da Silva", "ATTACKS", "Argentina")}),
    # where forces are and who holds a place
    ("troops-in", "An attack on Turkish troops in Syria killed two soldiers.", {("Turkey", "DEPLOYS_TO", "Syria")}, set()),
    ("troops-at-home", "Russian troops in Russia held drills.", set(), {("Russia", "DEPLOYS_TO", "Russia")}),
    ("fell-to", "Kabul fell to the Taliban in August.", {("Taliban", "CONTROLS", "Kabul")}, set()),
    ("under-control", "Goma, now under M23 control, was calm.", {("M23", "CONTROLS", "Goma")}, set()),
    ("city-appos", "Insurgents bombarded a government-held part of Syria's second city Aleppo overnight.",
     {("Syrian insurgents", "ATTACKS", "Aleppo")}, {("Syrian insurgents", "ATTACKS", "Syria")}),
    ("affiliate", "Al-Shabaab, al Qaeda's Somali affiliate, attacked a base.", {("al-Shabaab", "MEMBER_OF", "al-Qaeda")}, set()),
    # predicate adjectives: the one they are said of, towards the object of their preposition
    ("critical-of", "Brazil has been openly critical of Venezuela since the vote.", {("Brazil", "CRITICIZES", "Venezuela")}, set()),
    ("concerned-by", "Kenya is deeply concerned by the Somali military build-up on the border.", {("Kenya", "CRITICIZES", "Somalia")}, set()),
    ("concerned-about", "Poland remains concerned about Russia's deployment of missiles.", {("Poland", "CRITICIZES", "Russia")}, set()),
    ("dependent-on", "Syria, heavily dependent on Russia, accepted the plan.", {("Russia", "SUPPORTS", "Syria")}, {("Syria", "SUPPORTS", "Russia")}),
    # what is struck: a target's owner and the named place it lies in (a place, never a whole country)
    ("targets-in-place", "Israel struck targets in Gaza overnight.", {("Israel", "ATTACKS", "Gaza")}, set()),
    ("owned-targets-near", "Turkey struck Islamic State targets near al-Bab.",
     {("Turkey", "ATTACKS", "Islamic State"), ("Turkey", "ATTACKS", "al-Bab")}, set()),
    ("base-owner", "Ukraine attacked a Russian base.", {("Ukraine", "ATTACKS", "Russia")}, set()),
    ("homes-in-place", "Russian forces shelled homes in Kharkiv on Monday.", {("Russia", "ATTACKS", "Kharkiv")}, set()),
    ("targets-in-country", "Israeli warplanes struck targets in Syria overnight.", set(), {("Israel", "ATTACKS", "Syria")}),
    # a clash in a second coordinated clause is still the first clause's side's
    ("clash-conj", "A Nigerien soldier was killed and two were wounded in clashes with Boko Haram on Friday.",
     {("Niger", "ATTACKS", "Boko Haram"), ("Boko Haram", "ATTACKS", "Niger")}, set()),
    # coordinated subjects of an agreement or talks did it with each other
    ("signed-agreement", "Serbia and Kosovo signed an agreement in Brussels.", {("Serbia", "COOPERATES_WITH", "Kosovo")}, set()),
    ("held-talks", "Ethiopia and Eritrea held talks in Riyadh.", {("Ethiopia", "MEETS", "Eritrea")},
     {("Ethiopia", "CONTROLS", "Riyadh"), ("Eritrea", "CONTROLS", "Riyadh")}),
    ("signed-treaty", "Russia and China signed a treaty of friendship.", {("Russia", "COOPERATES_WITH", "China")}, set()),
    # a prime minister in apposition heads the government
    # forces a state keeps somewhere are deployed there
    ("has-troops-in", "Rwanda has troops in Mozambique.", {("Rwanda", "DEPLOYS_TO", "Mozambique")}, set()),
    ("maintains-base", "Turkey maintains a military base in Qatar.", {("Turkey", "DEPLOYS_TO", "Qatar")}, set()),
    ("has-border", "Kenya has a border with Somalia.", set(), {("Kenya", "DEPLOYS_TO", "Somalia")}),
    # control taken or regained; loans and grants are aid
    ("took-control", "Wagner fighters took control of Bakhmut.", {("Wagner Group", "CONTROLS", "Bakhmut")}, set()),
    ("loan-for", "The World Bank approved a $500 million loan for Ethiopia.", {("World Bank", "PROVIDES_AID", "Ethiopia")}, set()),
    # states are members of bodies: compounds, appositions, copulas in relative clauses, joining, lists
    ("compound-member-state", "NATO member Romania opposed the plan.", {("Romania", "MEMBER_OF", "NATO")}, set()),
    ("appos-member-state", "Hungary, an EU member, blocked the sanctions.", {("Hungary", "MEMBER_OF", "European Union")}, set()),
    ("relcl-member", "Poland, which is a member of NATO, sent jets.", {("Poland", "MEMBER_OF", "NATO")}, set()),
    ("joined-body", "Sweden joined NATO in 2024.", {("Sweden", "MEMBER_OF", "NATO")}, {("Sweden", "ALLIED_WITH", "NATO")}),
    ("make-up", "Brazil, Argentina, Paraguay and Uruguay make up Mercosur.", {("Paraguay", "MEMBER_OF", "Mercosur")}, set()),
    ("members-in-brackets", "The G7 (Canada, France, Germany, Italy, Japan, Britain and the United States) summit opened.",
     {("Canada", "MEMBER_OF", "G7"), ("United Kingdom", "MEMBER_OF", "G7")}, set()),
    ("demands-include", "Russia's demands include Ukraine's neutrality.", set(), {("Ukraine", "MEMBER_OF", "Russia")}),
    ("spokesman-for", "A spokesman for the Taliban, Zabihullah Mujahid, said the group had taken Kabul.",
     {("Zabihullah Mujahid", "MEMBER_OF", "Taliban")}, set()),
    ("fellow-at", "Lena Morova, a research fellow at the Stockholm International Peace Research Institute, said.",
     {("Lena Morova", "MEMBER_OF", "Stockholm International Peace Research Institute")}, set()),
    # armed men named by their backer; advances into a place
    ("backed-militias", "Iran-backed militias attacked a U.S. base in Syria.",
     {("Iran", "SUPPORTS", "Iran-backed militias"), ("Iran-backed militias", "ATTACKS", "United States")}, set()),
    ("pushed-into", "Kenyan-backed militias pushed into Kismayo on Monday.", {("Kenya-backed militias", "ATTACKS", "Kismayo")}, set()),
    ("closed-in-on", "Rwandan troops closed in on Goma.", {("Rwanda", "ATTACKS", "Goma")}, set()),
    # a list of titled officials shares the state named once; a name misparsed as an adverbial is still the object
    ("title-list", "Russian President Vladimir Putin, Prime Minister Mikhail Mishustin and Defence Minister Andrei Belousov attended.",
     {("Mikhail Mishustin", "LEADS", "Russia"), ("Andrei Belousov", "MEMBER_OF", "Russia")}, set()),
    ("met-titled-name", "Kenyan President William Ruto met Prime Minister Abiy Ahmed.", {("William Ruto", "MEETS", "Abiy Ahmed")}, set()),
    # "at the hands of"; counted groups ("dozens of"); forces arriving somewhere
    ("at-the-hands-of", "Ethiopian soldiers died at the hands of Eritrean forces.", {("Eritrea", "ATTACKS", "Ethiopia")}, set()),
    ("dozens-of", "Dozens of Malian soldiers were killed at the hands of jihadists from the Islamic State.",
     {("Islamic State", "ATTACKS", "Mali")}, set()),
    ("troops-arrived", "Hundreds of Russian troops arrived in Bamako.", {("Russia", "DEPLOYS_TO", "Bamako")}, set()),
    ("minister-arrived", "The Kenyan foreign minister arrived in Mogadishu.", set(), {("Kenya", "DEPLOYS_TO", "Mogadishu")}),
    # a warning threatens only with a threat in it; otherwise it criticises, also the owner of what is warned about
    ("warned-over", "Kenya warned Uganda over the border dispute on Monday.", {("Kenya", "CRITICIZES", "Uganda")}, {("Kenya", "THREATENS", "Uganda")}),
    ("warned-of", "Kenya warned Uganda of serious consequences.", {("Kenya", "THREATENS", "Uganda")}, set()),
    ("warned-that-owner", "The German chancellor warned that Moscow's support for the separatists was prolonging the war.",
     {("Germany", "CRITICIZES", "Russia")}, set()),
    # a gerund in a noun's place is an event noun; an event noun as subject is done by its agent or owner
    ("gerund-between", "Fighting between Yemeni government troops and Houthi rebels left dozens dead.",
     {("Yemen", "ATTACKS", "Houthis"), ("Houthis", "ATTACKS", "Yemen")}, set()),
    ("event-subject-by", "An air strike by the Saudi-led coalition hit a market in Saada.", {("Saudi-led coalition", "ATTACKS", "Saada")}, set()),
    ("event-subject-amod", "A Nigerian offensive captured the town of Gwoza from Boko Haram.",
     {("Nigeria", "CONTROLS", "Gwoza"), ("Nigeria", "ATTACKS", "Boko Haram")}, set()),
    # event nouns on more light verbs; a demonym on a struck town names its state
    ("declare-war-on", "Sudan declared war on Chad in 2005.", {("Sudan", "ATTACKS", "Chad")}, set()),
    ("open-fire-on", "Ethiopian soldiers opened fire on Eritrean troops near the border.", {("Ethiopia", "ATTACKS", "Eritrea")}, set()),
    ("join-fight-against", "Kenyan troops joined the fight against al-Shabaab.", {("Kenya", "ATTACKS", "al-Shabaab")}, set()),
    ("take-up-arms", "Chadian rebels took up arms against the government in 2005.", {("Chadian rebels", "ATTACKS", "Chad")}, set()),
    ("fire-on-towns", "Eritrean rebels kept up rocket fire on Ethiopian towns.", {("Eritrean rebels", "ATTACKS", "Ethiopia")}, set()),
    ("vow-revenge", "The Kenyan president vowed revenge against al-Shabaab.", {("Kenya", "THREATENS", "al-Shabaab")}, set()),
    # who a title makes its holder lead: the army, a group inside a state, or only serve the state
    ("army-chief", "Ugandan army chief General Peter Mwangi said the troops would stay.", {("Peter Mwangi", "LEADS", "Ugandan army")}, {("Peter Mwangi", "LEADS", "Uganda")}),
    ("police-chief", "Kenya's police chief Joseph Boinnet banned the rally.", {("Joseph Boinnet", "MEMBER_OF", "Kenya")}, {("Joseph Boinnet", "LEADS", "Kenya")}),
    ("people-in-state-leader", "Bosnian Serb leader Radovan Karadzic met Serbian President Slobodan Milosevic.",
     {("Radovan Karadzic", "LEADS", "Bosnian Serbs")}, {("Radovan Karadzic", "LEADS", "Bosnia and Herzegovina")}),
    ("rebel-leader-title", "Kurdish rebel leader Murat Karayilan vowed revenge against Turkey.",
     {("Murat Karayilan", "LEADS", "Kurdish rebels"), ("Murat Karayilan", "THREATENS", "Turkey")}, {("Murat Karayilan", "LEADS", "Turkey")}),
    ("two-word-demonym", "South African President Thabo Mbeki met the envoy.", {("Thabo Mbeki", "LEADS", "South Africa")}, set()),
    ("opposition-leader", "Ugandan opposition leader Kizza Besigye was arrested.", set(), {("Kizza Besigye", "LEADS", "Uganda")}),
    # refusing recognition opposes; recalling an envoy sanctions; brokering, sharing; prefixed verbs read whole
    ("refused-to-recognize", "Ghana and Togo refused to recognize the new government of Guinea.",
     {("Ghana", "OPPOSES", "Guinea"), ("Togo", "OPPOSES", "Guinea")}, set()),
    ("recalled-envoy", "Russia recalled its ambassador from Estonia in protest.", {("Russia", "SANCTIONS", "Estonia")}, set()),
    ("brokered-between", "Egypt brokered a truce between Israel and Hamas.", {("Egypt", "NEGOTIATES_WITH", "Israel"), ("Egypt", "NEGOTIATES_WITH", "Hamas")}, set()),
    ("shared-with", "Kenya has been sharing intelligence with Uganda on rebel movements.", {("Kenya", "COOPERATES_WITH", "Uganda")}, set()),
    ("shares-border", "Kenya shares a long border with Uganda.", set(), {("Kenya", "COOPERATES_WITH", "Uganda")}),
    ("re-prefixed", "The European Union re-imposed sanctions on Belarus.", {("European Union", "SANCTIONS", "Belarus")}, set()),
    ("co-prefixed-relcl", "Norway and Sweden, which had co-sponsored the Oslo talks, urged Colombia to resume negotiations.",
     {("Norway", "APPEALS_TO", "Colombia"), ("Sweden", "APPEALS_TO", "Colombia")}, {("Sweden", "SUPPORTS", "Norway")}),
    ("relcl-on-apposition", "Samuel Okoro, the Nigerian diplomat who heads the U.N. Mine Action Service, arrived in Kabul.",
     {("Samuel Okoro", "LEADS", "Mine Action Service")}, {("Nigeria", "LEADS", "Mine Action Service")}),
    # forces hosted, aid received: the object acts; a list after "countries including" stands for the countries
    ("hosts-troops", "Djibouti, which hosts thousands of French troops, said it had not been asked.", {("France", "DEPLOYS_TO", "Djibouti")}, {("Djibouti", "MEETS", "France")}),
    ("hosted-visitor", "Putin hosted Erdogan in Sochi.", {("Vladimir Putin", "MEETS", "Recep Tayyip Erdogan")}, set()),
    ("hosted-army-leaders", "Egypt hosted Sudanese army leaders in Cairo for talks.", {("Egypt", "MEETS", "Sudan")}, {("Sudan", "DEPLOYS_TO", "Egypt")}),
    ("received-aid-from", "Ukraine has received military aid from the United States.", {("United States", "PROVIDES_AID", "Ukraine")}, {("Ukraine", "MEETS", "United States")}),
    ("accept-help-from", "Mali would accept help from France, Chad and Niger in the search.",
     {("France", "PROVIDES_AID", "Mali"), ("Niger", "PROVIDES_AID", "Mali")}, set()),
    ("countries-including", "Chadian rebels received weapons from countries including Sudan and Libya.",
     {("Sudan", "PROVIDES_AID", "Chadian rebels"), ("Libya", "PROVIDES_AID", "Chadian rebels")}, set()),
    ("ordered-troops-to", "Sudan ordered more troops to Darfur.", {("Sudan", "DEPLOYS_TO", "Darfur")}, set()),
    ("envoy-posted-to-body", "Iran's U.N. ambassador, Javad Zarif, told the council the measure was unjustified.",
     {("Mohammad Javad Zarif", "MEMBER_OF", "Iran")}, {("Mohammad Javad Zarif", "MEMBER_OF", "United Nations")}),
    ("officials-plural", "Russian officials accused Estonia of desecrating the memorial.", {("Russia", "CRITICIZES", "Estonia")}, set()),
    # "both sides" are the pair last named, not the one who addresses them
    ("both-sides", "Fighting between Sudan and South Sudan flared in Heglig. The African Union urged both sides to return to talks.",
     {("African Union", "APPEALS_TO", "Sudan"), ("African Union", "APPEALS_TO", "South Sudan")}, set()),
    # a definite event noun names again the event told before: its doers are the target of a stance
    ("criticised-the-operation", "U.S. and British warplanes struck targets in Baghdad on Thursday. China and France also criticised the operation.",
     {("United States", "ATTACKS", "Baghdad"), ("United Kingdom", "ATTACKS", "Baghdad"), ("China", "CRITICIZES", "United States"),
      ("France", "CRITICIZES", "United Kingdom")}, set()),
    ("condemned-the-measures", "The EU imposed sanctions on Belarus. Russia condemned the measures.", {("Russia", "CRITICIZES", "European Union")}, set()),
    ("no-event-before", "Russia condemned the strikes.", set(), {("Russia", "CRITICIZES", "Russia")}),
    ("coordinated-modifiers", "Russian and Syrian jets bombed Idlib.", {("Russia", "ATTACKS", "Idlib"), ("Syria", "ATTACKS", "Idlib")}, set()),
    ("captured-camp-of", "Philippine troops captured the main camp of the Moro Islamic Liberation Front.",
     {("Philippines", "ATTACKS", "Moro Islamic Liberation Front")}, set()),
    ("captured-town", "Kenyan troops captured the town of Kismayo.", {("Kenya", "CONTROLS", "Kismayo")}, {("Kenya", "ATTACKS", "Kismayo")}),
    ("struck-stations", "Chadian rebels attacked Sudanese police stations overnight.", {("Chadian rebels", "ATTACKS", "Sudanese police")}, set()),
    ("possessed-opposition-leader", "Thailand's opposition leader Somchai Wong accused the government of a cover-up.",
     {("Somchai Wong", "LEADS", "Thai opposition")}, {("Somchai Wong", "LEADS", "Thailand")}),
    # forces moving into a place deploy there; allegiance supports; asking for a resignation opposes
    ("crossed-into", "Indian soldiers crossed into the Doklam area last month.", {("India", "DEPLOYS_TO", "Doklam")}, set()),
    ("parachuted-into", "Indonesian troops parachuted into Aceh.", {("Indonesia", "DEPLOYS_TO", "Aceh")}, set()),
    ("minister-crossed", "The Indian foreign minister crossed into Nepal.", set(), {("India", "DEPLOYS_TO", "Nepal")}),
    ("pledged-allegiance", "The Maute group has pledged allegiance to Islamic State.", {("Maute", "SUPPORTS", "Islamic State")}, set()),
    ("demanded-resignation-of", "Russia demanded the resignation of Estonian Prime Minister Andrus Ansip.",
     {("Russia", "OPPOSES", "Andrus Ansip")}, {("Russia", "APPEALS_TO", "Andrus Ansip")}),
    ("called-for-resignation", "The Sudanese opposition called for Bashir's resignation.", {("Sudanese opposition", "OPPOSES", "Omar al-Bashir")}, set()),
    ("vowed-jihad", "The MILF vowed a jihad against the government of the Philippines.",
     {("Moro Islamic Liberation Front", "THREATENS", "Philippines")}, {("Moro Islamic Liberation Front", "ATTACKS", "Philippines")}),
    ("pledged-troops-to", "Italy has pledged 3,000 troops to the U.N. force in Lebanon.", {("Italy", "PROVIDES_AID", "United Nations")}, set()),
    # a head-of-state title tells apart persons sharing a surname; a group title beats a listed state
    ("president-surname", "President Clinton met Tony Blair in London.", {("Bill Clinton", "MEETS", "Tony Blair")}, set()),
    ("group-title-in-list", "Prime Minister Girija Prasad Koirala and Maoist chief Prachanda signed the agreement.",
     {("Prachanda", "LEADS", "Maoists")}, {("Prachanda", "LEADS", "Nepal")}),
    # an event asked for is not done: the askers appeal to its owner or parties
    ("called-for-ceasefire-between", "The U.N. Security Council called for an immediate ceasefire between Israel and Hamas.",
     {("United Nations Security Council", "APPEALS_TO", "Israel"), ("United Nations Security Council", "APPEALS_TO", "Hamas")},
     {("Israel", "NEGOTIATES_WITH", "Hamas")}),
    ("called-for-meeting", "France called for an emergency Security Council meeting.", {("France", "APPEALS_TO", "United Nations Security Council")}, set()),
    ("called-for-sanctions", "Britain's Prime Minister Gordon Brown called for tighter EU sanctions on Zimbabwe.",
     {("Gordon Brown", "APPEALS_TO", "European Union")}, {("European Union", "SANCTIONS", "Zimbabwe")}),
    ("demanded-talks", "Russia demanded talks with Ukraine.", {("Russia", "APPEALS_TO", "Ukraine")}, {("Russia", "MEETS", "Ukraine")}),
    # joint drills are cooperation; a region of a state is held, never the state
    ("joint-drills", "The United States and South Korea began joint military drills on Monday.", {("United States", "COOPERATES_WITH", "South Korea")}, set()),
    ("joint-drills-with", "Russia held joint naval drills with China in the Baltic.", {("Russia", "COOPERATES_WITH", "China")}, set()),
    ("controls-region", "Islamic State controls swathes of eastern Syria.", {("Islamic State", "CONTROLS", "eastern Syria")}, set()),
    ("fire-toward", "North Korea fired missiles toward Guam.", {("North Korea", "ATTACKS", "Guam")}, set()),
    # leaders of groups: an apposition hung on the group, a name no list knows before the title, a person's party
    ("leader-of-appos", "The leader of Boko Haram, Abubakar Shekau, appeared in a video.", {("Abubakar Shekau", "LEADS", "Boko Haram")}, set()),
    ("bracketed-acronym", "Morgan Tsvangirai, leader of the Movement for Democratic Change (MDC), withdrew from the race.",
     {("Morgan Tsvangirai", "LEADS", "Movement for Democratic Change")}, set()),
    ("unknown-group-title", "Seleka leader Michel Djotodia told French radio he would stay.", {("Michel Djotodia", "LEADS", "Seleka")}, set()),
    ("common-word-title", "Army spokesman Philip Aguer told reporters that the rebels had fled.", set(), {("Philip Aguer", "MEMBER_OF", "Army")}),
    ("whose-party", "Ian Paisley, whose Democratic Unionist Party walked out of the talks, rejected the deal.",
     {("Ian Paisley", "LEADS", "Democratic Unionist Party")}, set()),
    ("possessed-movement", "Raila Odinga's Orange Democratic Movement rejected the result.", {("Raila Odinga", "LEADS", "Orange Democratic Movement")}, set()),
    # a party adjective before a person's title makes a party member, never another state's person
    ("party-senator", "Republican Senator John McCain criticised the deal.", {("John McCain", "MEMBER_OF", "Republican Party")}, set()),
    ("party-candidate-rival", "In Ohio, Republican nominee Mitt Romney debated Democratic rival Barack Obama on trade.",
     {("Mitt Romney", "MEMBER_OF", "Republican Party"), ("Barack Obama", "MEMBER_OF", "Democratic Party")}, set()),
    ("party-word-in-a-name", "The Democratic Republic of Congo accused Rwanda of backing the rebels.", set(),
     {("Democratic Republic of the Congo", "MEMBER_OF", "Democratic Party")}),
    ("party-of-another-state", "Conservative lawmakers in Japan backed Prime Minister Shinzo Abe.", set(), {("Shinzo Abe", "MEMBER_OF", "Conservative Party")}),
    # forces led by a state are its coalition's; sieges laid; paratroopers are their state's
    ("led-warplanes", "Saudi-led warplanes pounded Houthi positions around Sanaa.",
     {("Saudi-led coalition", "ATTACKS", "Houthis"), ("Saudi Arabia", "LEADS", "Saudi-led coalition")}, set()),
    ("led-strikes", "U.S.-led air strikes killed dozens of Islamic State fighters near Raqqa.", {("U.S.-led coalition", "ATTACKS", "Islamic State")}, set()),
    ("laid-siege", "Syrian troops laid siege to eastern Ghouta.", {("Syria", "ATTACKS", "Ghouta")}, set()),
    ("paratroopers", "Russian paratroopers landed in Crimea.", {("Russia", "DEPLOYS_TO", "Crimea")}, set()),
    # a place held: a mislabelled name is a place, "the north of X" is northern X
    ("controlled-name", "Russian-controlled Crimea held a vote.", {("Russia", "CONTROLS", "Crimea")}, set()),
    ("held-north-of", "In the Turkish-held north of Cyprus, voters backed the plan.", {("Turkey", "CONTROLS", "northern Cyprus")}, set()),
    # criticism phrasing; "its" in the reason belongs to the one criticised; a call with a date is a call
    ("hit-out-at", "Iran hit out at Saudi Arabia on Sunday.", {("Iran", "CRITICIZES", "Saudi Arabia")}, {("Iran", "ATTACKS", "Saudi Arabia")}),
    ("over-its-support", "Ankara lashed out at Washington over its support for the YPG.",
     {("Turkey", "CRITICIZES", "United States"), ("United States", "SUPPORTS", "YPG")}, {("Turkey", "SUPPORTS", "YPG")}),
    ("own-presence", "Moscow increased its presence in Syria.", {("Russia", "DEPLOYS_TO", "Syria")}, set()),
    ("suspended-member", "The African Union suspended Mali after the coup.", {("African Union", "SANCTIONS", "Mali")}, set()),
    ("called-on-a-day", "Putin called Erdogan on Tuesday.", {("Vladimir Putin", "MEETS", "Recep Tayyip Erdogan")}, set()),
    ("called-it-a-name", "Beijing called the U.S. move a provocation.", set(), {("China", "MEETS", "United States")}),
    # forces stationed somewhere, also counted ("thousands of") or moved there
    ("soldiers-stationed-in", "France has some 4,500 soldiers stationed in the Sahel.", {("France", "DEPLOYS_TO", "Sahel")}, set()),
    ("thousands-stationed", "Thousands of Ugandan soldiers are stationed in Mogadishu.", {("Uganda", "DEPLOYS_TO", "Mogadishu")}, set()),
    ("moved-carrier-group", "The U.S. moved an aircraft carrier group toward North Korea.", {("United States", "DEPLOYS_TO", "North Korea")}, set()),
    ("moved-to-act", "Russia moved to block the resolution in Syria.", set(), {("Russia", "DEPLOYS_TO", "Syria")}),
    # who attacked: a claim of responsibility, an attack blamed on X, victims killed in an attack by X, fighters loyal to X
    ("claimed-responsibility", "Islamic State claimed responsibility for the attack on a Niger army post.", {("Islamic State", "ATTACKS", "Nigerien army")}, set()),
    ("claimed-bombing-in", "Al-Shabaab claimed responsibility for the bombing in Mogadishu.", {("al-Shabaab", "ATTACKS", "Mogadishu")}, set()),
    ("blamed-on", "A drone attack blamed on the Houthis hit a Saudi oil facility.", {("Houthis", "ATTACKS", "Saudi Arabia")}, set()),
    ("died-in-attack-by", "Ten Kenyan soldiers died in an attack by al-Shabaab.", {("al-Shabaab", "ATTACKS", "Kenya")}, set()),
    ("loyal-to", "Fighters loyal to the TPLF attacked Amhara militias.", {("Tigray People's Liberation Front", "ATTACKS", "Amhara militias")}, set()),
    ("abducted-from", "Boko Haram fighters abducted 300 schoolgirls from Chibok.", {("Boko Haram", "ATTACKS", "Chibok")}, set()),
    # a place held or entered is a place even when the tagger calls it a person; "in the hands of"
    ("occupied-misread-name", "M23 rebels occupied Goma for ten days.", {("M23", "CONTROLS", "Goma")}, set()),
    ("annexed", "Russia annexed Crimea in 2014.", {("Russia", "CONTROLS", "Crimea")}, set()),
    ("in-the-hands-of", "Kidal remains in the hands of Tuareg rebels.", {("Tuareg rebels", "CONTROLS", "Kidal")}, set()),
    ("fell-into-hands", "Mosul fell into the hands of Islamic State in 2014.", {("Islamic State", "CONTROLS", "Mosul")}, set()),
    # known surnames the tagger missed or called a place; talks a trip was for
    ("surname-tagged-place", "Blinken held talks with his Chinese counterpart Wang Yi.", {("Antony Blinken", "MEETS", "Wang Yi")}, set()),
    ("surname-untagged", "Modi flew to Beijing for talks with Xi Jinping.", {("Narendra Modi", "MEETS", "Xi Jinping")}, set()),
    ("arrived-for-talks", "The Indian prime minister arrived in Beijing for talks with Xi Jinping.", {("India", "MEETS", "Xi Jinping")}, set()),
    # villages burned; a deal one acts under; an obligation in a warning is the addressee's
    ("burned-villages-in", "Arab militias burned villages in Darfur.", {("Arab militias", "ATTACKS", "Darfur")}, set()),
    ("burned-flag", "Protesters in Pakistan burned the U.S. flag.", set(), {("Pakistani protesters", "ATTACKS", "United States")}),
    ("under-a-deal-with", "Iran agreed to suspend uranium enrichment under a deal with Britain, France and Germany.",
     {("Iran", "COOPERATES_WITH", "United Kingdom"), ("Iran", "COOPERATES_WITH", "Germany")}, set()),
    ("warned-it-must", "The EU warned Turkey that it must recognize Cyprus.", {("European Union", "CRITICIZES", "Turkey")}, {("European Union", "THREATENS", "Turkey")}),
    ("warned-it-would", "Russia warned Ukraine that it would respond to any attack.", {("Russia", "THREATENS", "Ukraine")}, set()),
    # protesters named by their people are a group, never the state
    ("people-protesters", "Kurdish protesters stormed the Greek embassy in London.", {("Kurdish protesters", "ATTACKS", "Greece")}, set()),
    ("pro-demonstrators", "Pro-Kremlin demonstrators besieged the Estonian embassy in Moscow.", {("pro-Kremlin demonstrators", "ATTACKS", "Estonia")},
     {("Russia", "ATTACKS", "Estonia")}),
    # membership wanted is not membership; founders lead
    ("applied-to-join", "Ukraine applied to join the European Union.", set(), {("Ukraine", "MEMBER_OF", "European Union")}),
    ("joined", "Sweden joined NATO in March.", {("Sweden", "MEMBER_OF", "NATO")}, set()),
    ("founder", "The Wagner Group's founder, Yevgeny Prigozhin, died in a crash.", {("Yevgeny Prigozhin", "LEADS", "Wagner Group")}, set()),
    # a symmetric verb pairs its subjects only where its own entry applies: "called on Z" is no call between them
    ("called-on-together", "Britain and the United States have called on Cameroon to allow an investigation.",
     {("United Kingdom", "APPEALS_TO", "Cameroon"), ("United States", "APPEALS_TO", "Cameroon")}, {("United Kingdom", "MEETS", "United States")}),
    ("spoke-by-phone", "Putin and Erdogan spoke by phone.", {("Vladimir Putin", "MEETS", "Recep Tayyip Erdogan")}, set()),
    ("appos-prime-minister", "Abiy Ahmed, Ethiopia's prime minister, spoke on Sunday.", {("Abiy Ahmed", "LEADS", "Ethiopia")}, set()),
    # a list the parser reads as an apposition ("X, the Y, Z and W") is still a list
    ("list-read-as-appos", "Saudi Arabia, the United Arab Emirates, Jordan and Egypt condemned Iran on Monday.",
     {("Saudi Arabia", "CRITICIZES", "Iran"), ("United Arab Emirates", "CRITICIZES", "Iran"), ("Jordan", "CRITICIZES", "Iran"),
      ("Egypt", "CRITICIZES", "Iran")}, set()),
    # a descriptive noun with a name in apposition is the named group
    ("group-then-name", "Nigeria's army attacked the jihadist group Ansaru near Kaduna.", {("Nigerian army", "ATTACKS", "Ansaru")}, set()),
    # an envoy serves the state that sends them, not the one they are posted to
    ("ambassador-to", "Canada's ambassador to China, Dominic Barton, met officials in Beijing.",
     {("Dominic Barton", "MEMBER_OF", "Canada")}, {("Dominic Barton", "MEMBER_OF", "China")}),
    ("ambassador-to-un", "Linda Thomas-Greenfield, the U.S. ambassador to the United Nations, criticised Russia.",
     {("Linda Thomas-Greenfield", "MEMBER_OF", "United States")}, {("Linda Thomas-Greenfield", "MEMBER_OF", "United Nations")}),
    # aid cut, suspended or frozen reduces relations (CAMEO 16): SANCTIONS, not PROVIDES_AID
    ("aid-suspended", "The United States suspended most of its aid to Ethiopia.",
     {("United States", "SANCTIONS", "Ethiopia")}, {("United States", "PROVIDES_AID", "Ethiopia")}),
    ("aid-frozen-passive", "Military aid to Egypt was frozen by Washington.",
     {("United States", "SANCTIONS", "Egypt")}, {("United States", "PROVIDES_AID", "Egypt")}),
    ("aid-resumed", "The World Bank resumed funding for Uganda.", {("World Bank", "PROVIDES_AID", "Uganda")}, {("World Bank", "SANCTIONS", "Uganda")}),
    # a description in apposition stands for the named group it describes
    ("appos-description-led", "Units of the Popular Front, a militia commanded by the former convict Sangak Safarov, entered the capital.",
     {("Sangak Safarov", "LEADS", "Popular Front")}, set()),
    ("appos-description-loyal", "Hezbollah, a Shi'ite group loyal to Iran, fired rockets at Israel.",
     {("Hezbollah", "SUPPORTS", "Iran")}, {("Shi'ite", "SUPPORTS", "Iran")}),
    ("allied-to", "Al-Shabaab, a militant group allied to al Qaeda, attacked a base in Lamu.", {("al-Shabaab", "ALLIED_WITH", "al-Qaeda")}, set()),
    ("rebel-group-name", "The rebel group M23 seized the town of Rutshuru.", {("M23", "CONTROLS", "Rutshuru")}, set()),
    # battles fought: a light verb with a reciprocal noun, by coordinated subjects or "with"
    ("fought-battles-pair", "Sudanese troops and Darfuri fighters fought fierce battles near El Fasher.",
     {("Sudan", "ATTACKS", "Darfuri forces"), ("Darfuri forces", "ATTACKS", "Sudan")}, set()),
    ("fought-battles-with", "Indian police fought running battles with Naxalite guerrillas in Chhattisgarh.",
     {("Indian police", "ATTACKS", "Naxalite guerrillas"), ("Naxalite guerrillas", "ATTACKS", "Indian police")}, set()),
    ("routed", "In March, Chadian troops routed Libyan forces at Ouadi Doum.", {("Chad", "ATTACKS", "Libya")}, set()),
    ("rammed", "A Chinese coast guard cutter rammed a Philippine supply boat.", {("China", "ATTACKS", "Philippines")}, set()),
    ("lobbed", "Hezbollah fighters lobbed mortar rounds into northern Israel.", {("Hezbollah", "ATTACKS", "northern Israel")}, set()),
    # forces loyal to a person act for that person; a residence or convoy of a person is the person
    ("loyal-to-person", "Militiamen loyal to Bosco Ntaganda attacked Bunia.", {("Bosco Ntaganda", "ATTACKS", "Bunia")}, set()),
    ("residence-of", "M23 gunners shelled the residence of Joseph Kabila.", {("M23", "ATTACKS", "Joseph Kabila")}, set()),
    # a free relative stands for the thing it names; stances on conduct name its owner
    ("what-it-called", "Hanoi condemned what it called Chinese aggression against Vietnam.",
     {("Vietnam", "CRITICIZES", "China"), ("China", "ATTACKS", "Vietnam")}, set()),
    ("what-it-described-as", "Caracas denounced what it described as American meddling in Venezuela.", {("Venezuela", "CRITICIZES", "United States")}, set()),
    # legal action is censure (CAMEO 11): warrants, indictments, charges, lawsuits
    ("arrest-warrant", "The International Criminal Court issued an arrest warrant for Congolese warlord Thomas Lubanga.", {("International Criminal Court", "CRITICIZES", "Thomas Lubanga")}, set()),
    ("sued", "Nicaragua sued Colombia at the World Court.", {("Nicaragua", "CRITICIZES", "Colombia")}, set()),
    ("charged-with", "Rwanda charged Paul Rusesabagina with terrorism.", {("Rwanda", "CRITICIZES", "Paul Rusesabagina")}, set()),
    ("charged-into", "Iraqi soldiers charged into Fallujah.", set(), {("Iraq", "CRITICIZES", "Fallujah")}),
    # forces that patrol, sail or mass somewhere are deployed there; a demonym before a place noun is its state
    ("patrolled", "Kenyan troops patrolled the streets of Kismayo.", {("Kenya", "DEPLOYS_TO", "Kismayo")}, set()),
    ("sailed-for", "An Indian naval flotilla sailed for the Maldives.", {("India", "DEPLOYS_TO", "Maldives")}, set()),
    ("massed-on-border", "Ethiopia massed troops on the Eritrean border.", {("Ethiopia", "DEPLOYS_TO", "Eritrea")}, {("Ethiopia", "DEPLOYS_TO", "Eritrean")}),
    ("waters-around", "Vietnam sent fishing patrol boats to waters around the Spratly Islands.", {("Vietnam", "DEPLOYS_TO", "Spratly Islands")}, set()),
    ("minister-not-patrolling", "The foreign minister patrolled the corridors of the summit in Addis Ababa.", set(),
     {("Ethiopia", "DEPLOYS_TO", "Addis Ababa")}),
    # what the accused did, by the accuser's account: a gerund (even one read as a modifier) or an event noun
    ("accused-of-bombing", "Kinshasa accused Rwanda of bombing villages in North Kivu.",
     {("Democratic Republic of the Congo", "CRITICIZES", "Rwanda"), ("Rwanda", "ATTACKS", "North Kivu")}, set()),
    ("accused-of-attacks", "Lithuania accused Belarus of cyber attacks on its government websites.",
     {("Lithuania", "CRITICIZES", "Belarus"), ("Belarus", "ATTACKS", "Lithuania")}, set()),
    ("blamed-for-strike", "Kyiv blamed Moscow for the missile strike on Kremenchuk.", {("Russia", "ATTACKS", "Kremenchuk")}, set()),
    ("hackers", "North Korean hackers attacked South Korea's banking network.", {("North Korea", "ATTACKS", "South Korea")}, set()),
    # places listed after "including"/"such as" are struck too; two places the NER ran together are two
    ("cities-including", "Hezbollah fired rockets at Israeli towns including Nahariya and Safed.",
     {("Hezbollah", "ATTACKS", "Nahariya"), ("Hezbollah", "ATTACKS", "Safed")}, set()),
    ("one-country-with-and", "Serbian forces shelled towns in Bosnia and Herzegovina.", set(), {("Serbia", "ATTACKS", "Bosnia")}),
    # power seized: the taker leads the state (an army, a person) or holds the place (an armed group)
    ("army-seized-power", "The Guinean army seized power in a coup on Monday.", {("Guinean army", "LEADS", "Guinea")}, set()),
    ("general-took-power", "General Omar al-Bashir took power in 1989.", {("Omar al-Bashir", "LEADS", "Sudan")}, set()),
    ("group-seized-power-in", "The Taliban seized power in Kabul.", {("Taliban", "CONTROLS", "Kabul")}, {("Taliban", "LEADS", "Afghanistan")}),
    # a position or camp held or run by someone is theirs
    ("positions-held-by", "Ethiopian jets bombed positions held by Tigrayan fighters.", {("Ethiopia", "ATTACKS", "Tigrayan forces")}, set()),
    ("camp-run-by", "Kenyan aircraft hit a camp run by al-Shabaab.", {("Kenya", "ATTACKS", "al-Shabaab")}, set()),
    # a name after the noun that says what it is; a body's organs stand for it; contingents of a body's force
    ("party-then-name", "Gerry Adams, leader of the Irish party Sinn Fein, met the envoy.", {("Gerry Adams", "LEADS", "Sinn Fein")}, set()),
    ("group-then-unknown-name", "Nigerian troops fought the militant group Ansaru near Kaduna.", {("Nigeria", "ATTACKS", "Ansaru")}, set()),
    ("organ-of-body", "Mahamat Faki, the chairman of the African Union Commission, condemned the coup.",
     {("Mahamat Faki", "LEADS", "African Union")}, set()),
    ("contingent-of-force", "Ghanaian soldiers of the ECOWAS force patrolled Monrovia.", {("Ghana", "MEMBER_OF", "ECOWAS")}, set()),
    # the one commander of a group leads it; a commander among many is a member
    ("the-commander-of", "Mohamed Hamdan Dagalo, the commander of the Rapid Support Forces, returned to Khartoum.",
     {("Mohamed Hamdan Dagalo", "LEADS", "Rapid Support Forces")}, set()),
    ("a-senior-commander", "A senior commander of Hezbollah, Mustafa Badreddine, was killed.",
     {("Mustafa Badreddine", "MEMBER_OF", "Hezbollah")}, {("Mustafa Badreddine", "LEADS", "Hezbollah")}),
    ("caliph", "Abu Bakr al-Baghdadi, the self-proclaimed caliph of Islamic State, spoke in Mosul.", {("Abu Bakr al-Baghdadi", "LEADS", "Islamic State")}, set()),
    # shelter, asylum, money and backing given
    ("harboured", "Sudan harboured Osama bin Laden in the 1990s.", {("Sudan", "SUPPORTS", "Osama bin Laden")}, set()),
    ("asylum-offered", "Saudi Arabia offered asylum to Idi Amin.", {("Saudi Arabia", "SUPPORTS", "Idi Amin")}, set()),
    ("money-pledged", "Qatar pledged $500 million to Jordan.", {("Qatar", "PROVIDES_AID", "Jordan")}, set()),
    ("pledges-made", "Norway and Sweden made pledges to Afghanistan.", {("Norway", "PROVIDES_AID", "Afghanistan"), ("Sweden", "PROVIDES_AID", "Afghanistan")}, set()),
    ("with-the-backing-of", "Assad survived with the backing of Iran and Russia.",
     {("Iran", "SUPPORTS", "Bashar al-Assad"), ("Russia", "SUPPORTS", "Bashar al-Assad")}, set()),
    # a warning that the speaker could act is a threat; risings and coups against someone oppose them
    ("warned-could-sanction", "Washington warned that it could impose sanctions on Caracas.",
     {("United States", "THREATENS", "Venezuela")}, {("United States", "SANCTIONS", "Venezuela")}),
    ("warned-other-could", "Britain warned that Russia could invade Ukraine.", set(), {("United Kingdom", "THREATENS", "Ukraine")}),
    ("coup-against", "Colonel Mamady Doumbouya led a coup against President Alpha Conde.", {("Mamady Doumbouya", "OPPOSES", "Alpha Conde")}, set()),
    ("alliance-against", "The Seven Party Alliance formed an alliance against King Gyanendra.", {("Seven Party Alliance", "OPPOSES", "King Gyanendra")}, set()),
    # an attack blamed on someone: the blaming state was struck, or the city the attack is named after
    ("blamed-for-attack", "Kenya blamed al-Shabaab for the attack.", {("al-Shabaab", "ATTACKS", "Kenya")}, set()),
    ("blamed-for-city-bombings", "India blamed Lashkar-e-Taiba for the Mumbai attacks.", {("Lashkar-e-Taiba", "ATTACKS", "Mumbai")},
     {("India", "ATTACKS", "Mumbai")}),
    ("waged-war", "The LRA has waged a brutal war against the Ugandan government since 1987.", {("Lord's Resistance Army", "ATTACKS", "Uganda")}, set()),
    # a group's positions, camps and hideouts are the group's; fighter jets are aircraft
    ("guerrilla-positions", "Jordanian tanks pounded Palestinian guerrilla positions near Irbid.", {("Jordan", "ATTACKS", "Palestinian guerrillas")},
     {("Jordan", "ATTACKS", "Palestinian Authority")}),
    ("rebel-camps", "Turkish jets struck Kurdish rebel camps in Iraq.", {("Turkey", "ATTACKS", "Kurdish rebels")}, set()),
    ("fighter-jets", "Turkish fighter jets struck Kurdish rebel hideouts.", set(), {("Turkish rebels", "ATTACKS", "Kurdish rebels")}),
    # a name given by "known as"/"called", and a place-looking name described as a group, are groups
    ("known-as", "Arab militias known as the Janjaweed burned villages in Darfur.", {("Janjaweed", "ATTACKS", "Darfur")}, set()),
    ("group-called", "A group called Ansar Dine seized Timbuktu.", {("Ansar Dine", "CONTROLS", "Timbuktu")}, set()),
    ("place-described-as-affiliate", "Sinai Province, the Egyptian affiliate of Islamic State, attacked a mosque in Bir al-Abed.",
     {("Sinai Province", "MEMBER_OF", "Islamic State")}, set()),
    # coming under fire or attack: the attacker attacks the subject; a drone launched by someone is theirs
    ("came-under-fire-from", "A Kenyan patrol came under fire from al-Shabaab militants.", {("al-Shabaab", "ATTACKS", "Kenya")}, set()),
    ("came-under-owned-fire", "Armenian positions came under Azerbaijani artillery fire.", {("Azerbaijan", "ATTACKS", "Armenia")}, set()),
    ("drone-launched-by", "Ukrainian forces shot down a drone launched by Russia.", {("Ukraine", "ATTACKS", "Russia")}, set()),
    # an acronym the article defines names the actor wherever it stands
    ("acronym-defined", "Fighters of the Allied Democratic Forces (ADF) attacked Beni. Congo accused the ADF of killing civilians.",
     {("Democratic Republic of the Congo", "CRITICIZES", "Allied Democratic Forces")}, set()),
    # a judgment on someone's act criticises its owner; praise does not; a rejected charge was made by its owner
    ("called-disproportionate", "Germany called the Turkish response disproportionate.", {("Germany", "CRITICIZES", "Turkey")}, set()),
    ("called-sanctions-criminal", "Nicaraguan President Daniel Ortega called the American sanctions criminal.",
     {("Daniel Ortega", "CRITICIZES", "United States")}, set()),
    ("described-as-illegal", "Iran described the resolution by the Security Council as illegal.",
     {("Iran", "CRITICIZES", "United Nations Security Council")}, set()),
    ("called-constructive", "Japan called the Chinese proposal constructive.", set(), {("Japan", "CRITICIZES", "China")}),
    ("rejected-charge", "Khartoum rejected a U.S. genocide charge.", {("United States", "CRITICIZES", "Sudan")}, set()),
    # organisation names joined by "of", "for", "and" or a possessive; "X, whose party ..." leads it
    ("joined-name-possessive", "The Sudan People's Liberation Army attacked Malakal.", {("Sudan People's Liberation Army", "ATTACKS", "Malakal")}, set()),
    ("joined-name-for", "The Movement for Democratic Change accused Mugabe of rigging the vote.",
     {("Movement for Democratic Change", "CRITICIZES", "Robert Mugabe")}, set()),
    ("whose-party", "Hun Sen, whose Cambodian People's Party won the vote, spoke in Phnom Penh.", {("Hun Sen", "LEADS", "Cambodian People's Party")}, set()),
    ("whose-group", "Eurico Guterres, whose Aitarak group controlled Dili, fled to Atambua.", {("Eurico Guterres", "LEADS", "Aitarak")}, set()),
    ("country-possessive-ministry", "Ukraine's Defence Ministry accused Russia of shelling Kherson.", {("Ukraine", "CRITICIZES", "Russia")}, set()),
    # pushing someone to act is an appeal; an opposition leader leads the opposition, not the state
    ("pushed-to-act", "Washington would push the U.N. Security Council to declare the vote illegitimate.",
     {("United States", "APPEALS_TO", "United Nations Security Council")}, {("United States", "ATTACKS", "United Nations Security Council")}),
    ("opposition-leader", "Ugandan opposition leader Kizza Besigye was arrested in Kampala.", {("Kizza Besigye", "LEADS", "Ugandan opposition")},
     {("Kizza Besigye", "LEADS", "Uganda")}),
    # links and affiliations; training offered is aid; "at X's request" is X's appeal; particles inside place names
    ("linked-to", "Islamist insurgents linked to Islamic State captured Palma.", {("Islamist insurgents", "ALLIED_WITH", "Islamic State")}, set()),
    ("person-tagged-group-affiliated", "Ansar al-Sunna, a group affiliated with Islamic State, attacked Mocimboa da Praia.",
     {("Ansar al-Sunna", "MEMBER_OF", "Islamic State"), ("Ansar al-Sunna", "ATTACKS", "Mocimboa da Praia")}, set()),
    ("training-offered", "Portugal has offered military training to Mozambican forces.", {("Portugal", "PROVIDES_AID", "Mozambique")}, set()),
    ("at-request", "Rwanda sent 1,000 soldiers to Cabo Delgado at Mozambique's request.",
     {("Mozambique", "APPEALS_TO", "Rwanda"), ("Rwanda", "DEPLOYS_TO", "Cabo Delgado")}, set()),
    ("at-the-request-of", "At the request of the Malian government, France deployed troops.", {("Mali", "APPEALS_TO", "France")}, set()),
    # "the rebel group" is the one group the article named; a guerrilla army is no state's army; shelter backs
    ("the-rebel-group", "Colombian troops raided a camp of the ELN. The rebel group vowed to retaliate against Colombian forces.",
     {("ELN", "THREATENS", "Colombia")}, {("Colombian rebels", "THREATENS", "Colombia")}),
    ("guerrilla-army", "The ELN, Colombia's largest guerrilla army, attacked a pipeline in Arauca.", set(), {("Colombian army", "ATTACKS", "Arauca")}),
    ("sheltering", "Bogota accused Caracas of sheltering ELN leaders.", {("Venezuela", "SUPPORTS", "ELN")}, set()),
    # forces flown in, fanned out, in position; places secured; every state troops come from
    ("troops-from-list", "About 3,000 troops from Nigeria, Ghana and Senegal arrived in Monrovia.",
     {("Nigeria", "DEPLOYS_TO", "Monrovia"), ("Ghana", "DEPLOYS_TO", "Monrovia"), ("Senegal", "DEPLOYS_TO", "Monrovia")}, set()),
    ("flew-into", "French paratroopers flew into Kolwezi.", {("France", "DEPLOYS_TO", "Kolwezi")}, set()),
    ("took-up-positions", "Thai soldiers took up positions around Government House.", {("Thailand", "DEPLOYS_TO", "Government House")}, set()),
    ("secured-airport", "British paratroopers secured Lungi airport.", {("United Kingdom", "CONTROLS", "Lungi airport")}, set()),
    ("secured-deal", "The minister secured a deal with Ghana.", set(), {("Ghana", "CONTROLS", "deal")}),
    # "anti-X"/"pro-X" with a known leader's surname; a sentence-opening "Anti-" is a prefix, not a people
    ("anti-surname", "Police fired on anti-Mubarak protesters in Cairo.", {("Egyptian protesters", "OPPOSES", "Hosni Mubarak")}, set()),
    ("anti-government-opening", "Anti-government protesters marched through Cairo, Egypt.", set(), {("Anti protesters", "OPPOSES", "Egypt")}),
    # a banned group is sanctioned by the state that banned it; measures taken against someone sanction them
    ("banned-group", "Police in Tashkent arrested members of the banned Islamist group Hizb ut-Tahrir in Uzbekistan.",
     {("Uzbekistan", "SANCTIONS", "Hizb ut-Tahrir")}, set()),
    ("measures-against", "Moscow would take identical measures against Germany and Poland.",
     {("Russia", "SANCTIONS", "Germany"), ("Russia", "SANCTIONS", "Poland")}, set()),
    # "of which X is a member/part"; a campaign of attacks is the attacks; hacking
    ("of-which-member", "Leaders met at the African Union, of which Morocco is a member.", {("Morocco", "MEMBER_OF", "African Union")}, set()),
    ("of-which-part", "The Saudi-led coalition, of which Sudan is a part, struck Sanaa.", {("Sudan", "MEMBER_OF", "Saudi-led coalition")}, set()),
    ("campaign-of-attacks", "Lithuania accused Belarus of a campaign of sabotage attacks against NATO.",
     {("Belarus", "ATTACKS", "NATO")}, {("Belarus", "ATTACKS", "Lithuania")}),
    ("hacked", "Chinese hackers hacked Australian government networks.", {("China", "ATTACKS", "Australia")}, set()),
    # the lemmatiser's "retook"; liberating a place holds it and fights whoever held it
    ("retook", "The Ethiopian army retook the town of Lalibela from Tigrayan forces.",
     {("Ethiopian army", "CONTROLS", "Lalibela"), ("Ethiopian army", "ATTACKS", "Tigrayan forces")}, set()),
    ("liberated-from-occupation", "Ukraine liberated Kherson from Russian occupation.",
     {("Ukraine", "CONTROLS", "Kherson"), ("Ukraine", "ATTACKS", "Russia")}, set()),
    # a deal or truce brokered or mediated by someone: the mediator negotiated with each party
    ("truce-mediated-by", "The Sudanese army and the RSF agreed to a truce mediated by Saudi Arabia.",
     {("Saudi Arabia", "NEGOTIATES_WITH", "Sudanese army"), ("Saudi Arabia", "NEGOTIATES_WITH", "Rapid Support Forces")}, set()),
    ("deal-brokered-by", "Serbia and Kosovo reached a deal on licence plates, brokered by the EU.",
     {("European Union", "NEGOTIATES_WITH", "Serbia"), ("European Union", "NEGOTIATES_WITH", "Kosovo")}, set()),
    # accusations traded go both ways; a closed border sanctions the neighbour; an entry's own verb carries its noun
    ("traded-accusations", "Ethiopia and Sudan traded accusations over the border clashes.",
     {("Ethiopia", "CRITICIZES", "Sudan"), ("Sudan", "CRITICIZES", "Ethiopia")}, set()),
    ("accusations-against", "Kenyan President Uhuru Kenyatta made accusations against Somalia.",
     {("Uhuru Kenyatta", "CRITICIZES", "Somalia")}, {("Somalia", "CRITICIZES", "Uhuru Kenyatta")}),
    ("closed-border", "Turkey closed its border with Armenia in 1993.", {("Turkey", "SANCTIONS", "Armenia")}, set()),
    # a reaction drawn from others targets whoever drew it; proposing that someone act is an appeal
    ("drew-condemnation-from", "North Korea fired a missile over Japan, drawing condemnation from Washington and Seoul.",
     {("United States", "CRITICIZES", "North Korea"), ("South Korea", "CRITICIZES", "North Korea")}, set()),
    ("sparked-protests-from", "Israel's raid sparked protests from Jordan.", {("Jordan", "OPPOSES", "Israel")}, set()),
    ("proposed-that", "Russia proposed that Ukraine withdraw its troops.", {("Russia", "APPEALS_TO", "Ukraine")}, set()),
    # a relative clause after coordinated names holds of all of them; criticism faced comes from its source
    ("relative-after-list", "The United States and Britain, which sell arms to Riyadh, faced criticism from Amnesty International.",
     {("United States", "PROVIDES_AID", "Saudi Arabia"), ("United Kingdom", "PROVIDES_AID", "Saudi Arabia"),
      ("Amnesty International", "CRITICIZES", "United States")}, {("United States", "MEETS", "Amnesty International")}),
    # an event named again ("the killing") is owned by whoever did it, never by its victim
    ("condemned-the-killing", "An Israeli gunship fired missiles at Hamas founder Ahmed Yassin, killing him. Egypt condemned the killing.",
     {("Israel", "ATTACKS", "Ahmed Yassin"), ("Egypt", "CRITICIZES", "Israel")}, {("Egypt", "CRITICIZES", "Ahmed Yassin")}),
    # an act only demanded or planned is not done; those blamed for an act did it
    ("demand-to-disarm", "Sudan rejected a U.N. Security Council demand to disarm the Janjaweed.",
     {("United Nations Security Council", "APPEALS_TO", "Sudan")}, {("United Nations Security Council", "ATTACKS", "Janjaweed")}),
    ("decision-to-send", "NATO confirmed its decision to send 4,000 troops to Poland.", {("NATO", "DEPLOYS_TO", "Poland")}, set()),
    ("blamed-for-killing", "Police arrested members of the Janjaweed blamed for killing thousands of villagers in Darfur.",
     {("Janjaweed", "ATTACKS", "Darfur")}, set()),
    # a paragraph's place qualifies its generic actors before the article's country
    ("paragraph-country", "Spain to pull troops out of Iraq\n\nMADRID (Reuters) - Spain will withdraw its troops from Iraq, the Spanish government "
     "said in Madrid. Spain sent 1,300 troops to Iraq in 2003.\n\nIn Kabul, peacekeepers patrolled the streets. President Hamid Karzai "
     "appealed to the militias to hand in their weapons.", {("Hamid Karzai", "APPEALS_TO", "militias in Afghanistan")},
     {("Hamid Karzai", "APPEALS_TO", "militias in Spain")}),
    # forces that remain somewhere or serve with a mission there are deployed there; a minister staying is not
    ("troops-remain", "Eritrean troops remain in Tigray, witnesses said.", {("Eritrea", "DEPLOYS_TO", "Tigray")}, set()),
    ("serving-with-mission-in", "Chadian soldiers serving with the U.N. mission in Mali were killed.", {("Chad", "DEPLOYS_TO", "Mali")}, set()),
    ("minister-stays", "French Foreign Minister Jean-Yves Le Drian will stay in Bamako.", set(), {("France", "DEPLOYS_TO", "Mali")}),
    # an organisation's "allies" are its members; belonging to a body is membership
    ("org-allies", "NATO allies Poland and Lithuania asked for more troops.",
     {("Poland", "MEMBER_OF", "NATO"), ("Lithuania", "MEMBER_OF", "NATO")}, {("Poland", "ALLIED_WITH", "NATO")}),
    ("belongs-to", "Qatar belongs to the Gulf Cooperation Council.", {("Qatar", "MEMBER_OF", "Gulf Cooperation Council")}, set()),
    # an office taken by swearing-in, election or appointment
    ("sworn-in-as", "Emmerson Mnangagwa was sworn in as Zimbabwe's president on Friday.", {("Emmerson Mnangagwa", "LEADS", "Zimbabwe")}, set()),
    ("appointed-title-of", "Nikol Pashinyan was appointed prime minister of Armenia.", {("Nikol Pashinyan", "LEADS", "Armenia")}, set()),
    ("elected-title-of", "Felix Tshisekedi was elected president of Congo in 2018.",
     {("Félix Tshisekedi", "LEADS", "Democratic Republic of the Congo")}, set()),
    # "X and Y are allies/partners/rivals": with each other
    ("are-allies", "Armenia and Russia are military allies.", {("Armenia", "ALLIED_WITH", "Russia")}, set()),
    ("are-rivals", "India and Pakistan are bitter rivals.", {("India", "OPPOSES", "Pakistan"), ("Pakistan", "OPPOSES", "India")}, set()),
    # a verb whose final "e" the lemmatiser dropped; alarm and dismay at someone's act criticise its owner
    ("lemma-lost-e", "Beijing lambasted Washington over the arms sale.", {("China", "CRITICIZES", "United States")}, set()),
    ("alarm-at", "The EU expressed alarm at Hungary's media law.", {("European Union", "CRITICIZES", "Hungary")}, set()),
    # a killing claimed is done by the claimant, its "of" the victims; an unknown acronym in an actor's slot names a body
    ("claimed-the-killing", "JNIM claimed the killing of two Malian soldiers.", {("JNIM", "ATTACKS", "Mali")}, {("JNIM", "CRITICIZES", "Mali")}),
    ("unknown-acronym", "The ADF massacred villagers in Beni.", {("ADF", "ATTACKS", "Beni")}, set()),
    # military action threatened against someone is a threat to them
    ("threatened-military-action", "Turkey threatened military action against the PKK in Iraq.", {("Turkey", "THREATENS", "PKK")}, set()),
    # a group's stronghold of a place is held by the group
    ("stronghold-of", "Afghan troops advanced on the Taliban stronghold of Kandahar.", {("Taliban", "CONTROLS", "Kandahar")}, set()),
    # two states' officials discussing a topic met each other; bankrolling is aid
    ("discussed-topic", "Russian and Chinese officials discussed energy cooperation in Beijing.", {("Russia", "MEETS", "China")}, set()),
    ("bankrolled", "Qatar bankrolled Hamas for years.", {("Qatar", "PROVIDES_AID", "Hamas")}, {("Qatar", "COOPERATES_WITH", "Hamas")}),
    # "federal forces" are the story state's, like "government forces"
    ("federal-forces", "Ethiopia fighting\n\nADDIS ABABA (Reuters) - Fighting continued in Ethiopia's Tigray region. Federal forces shelled Adigrat on Monday.",
     {("Ethiopia", "ATTACKS", "Adigrat")}, set()),
    ("convoy-of", "Taliban gunmen ambushed the convoy of Afghan Vice President Amrullah Saleh.", {("Taliban", "ATTACKS", "Amrullah Saleh")}, set()),
    # an unknown acronym before a force noun names the body whose forces they are (a group for fighters)
    ("acronym-troops", "MONUSCO peacekeepers shelled M23 positions near Goma.", {("MONUSCO", "ATTACKS", "M23")}, set()),
    ("acronym-fighters", "MNLA fighters took control of Tessalit.", {("MNLA", "CONTROLS", "Tessalit")}, set()),
    ("acronym-not-a-force", "CNN reporters reached Tessalit.", set(), {("CNN", "DEPLOYS_TO", "Tessalit")}),
    # driving, chasing or flushing someone out of a place attacks them; driving a car does not
    ("drove-out-of", "Somali troops drove al-Shabaab fighters out of Baidoa.", {("Somalia", "ATTACKS", "al-Shabaab")}, set()),
    # an envoy's title names the state that sends them, not the place they are posted to; the envoy acts
    ("envoy-to-title", "Chinese Ambassador to Myanmar Chen Hai told the junta that Beijing backed the talks.",
     {("Chen Hai", "MEMBER_OF", "China")}, {("Chen Hai", "MEMBER_OF", "Myanmar")}),
    ("envoy-to-acts", "The U.N. Envoy to Libya Ghassan Salame met Khalifa Haftar in Benghazi.",
     {("Ghassan Salame", "MEETS", "Khalifa Haftar"), ("Ghassan Salame", "MEMBER_OF", "United Nations")}, {("Ghassan Salame", "MEMBER_OF", "Libya")}),
    # police officers sent somewhere are forces deployed there; officials sent are not
    ("police-officers-sent", "Fiji sent 200 police officers to the Solomon Islands.", {("Fiji", "DEPLOYS_TO", "Solomon Islands")}, set()),
    ("officials-sent", "Fiji sent two officials to the Solomon Islands.", set(), {("Fiji", "DEPLOYS_TO", "Solomon Islands")}),
    # clashes that erupt "between" two sides: the verb carries the pair; missiles fired into a sea attack nobody
    ("clashes-erupted-between", "Clashes erupted between Kyrgyz and Tajik border guards on Thursday.",
     {("Kyrgyzstan", "ATTACKS", "Tajikistan"), ("Tajikistan", "ATTACKS", "Kyrgyzstan")}, set()),
    ("missiles-into-sea", "Pyongyang fired three missiles into the Yellow Sea.", set(), {("North Korea", "ATTACKS", "Yellow Sea")}),
    # a nom de guerre that is also a town never turns the town into the person
    ("town-not-nom-de-guerre", "Islamic State fighters launched an assault on Kobani.", {("Islamic State", "ATTACKS", "Kobani")}, set()),
    # a peninsula named by an adjective is a place; a known name running past "in" is read whole
    ("named-peninsula", "Washington sent a carrier strike group to the Korean peninsula.",
     {("United States", "DEPLOYS_TO", "Korean Peninsula")}, set()),
    ("name-past-in", "Al Qaeda in the Islamic Maghreb attacked a convoy near Timbuktu.",
     {("al-Qaeda in the Islamic Maghreb", "ATTACKS", "Timbuktu")}, {("al-Qaeda", "ATTACKS", "Timbuktu")}),
    # forces that mass somewhere are deployed there; protesters who mass are not
    ("forces-massed", "Thousands of Chinese troops massed along the Indian border.", {("China", "DEPLOYS_TO", "India")}, set()),
    # saying someone's words or acts were lies, illegal, provocative criticises their owner; praise does not
    ("said-claims-were-lies", "Georgia said Russia's claims were lies.", {("Georgia", "CRITICIZES", "Russia")}, set()),
    ("said-act-was-illegal", "Vietnam said the Chinese survey in its waters was illegal.", {("Vietnam", "CRITICIZES", "China")}, set()),
    ("said-offer-was-important", "Kosovo said Serbia's offer was important.", set(), {("Kosovo", "CRITICIZES", "Serbia")}),
    # "she"/"her" stays with the woman it was bound to, past a man named since; a surname the tagger
    # read as a common noun is the person the article named in full
    ("pronoun-keeps-sex", "Yulia Tymoshenko said she would run again. Viktor Yanukovych told his party to vote. "
     "Yanukovych denounced her campaign as a fraud.", {("Viktor Yanukovych", "CRITICIZES", "Yulia Tymoshenko")}, set()),
    # a person's possessive run into a party's name is the owner, not part of the name
    ("owner-cut-from-name", "Colombian President Juan Manuel Santos spoke on Monday. Santos' Social Party of National Unity condemned the attack by the FARC.",
     {("Social Party of National Unity", "CRITICIZES", "FARC")}, {("Santos' Social Party of National Unity", "CRITICIZES", "FARC")}),
    # sworn in as president with no state named: the story's state, unless the person is known as another's;
    # who succeeds or replaces someone as leader holds the office, not the predecessor
    ("sworn-in-story-state", "Peru swears in new leader\n\nLIMA (Reuters) - Pedro Castillo, who was sworn in as president in July, named a new cabinet.",
     {("Pedro Castillo", "LEADS", "Peru")}, set()),
    ("succeeded-as-leader", "Ibrahim Boubacar Keita succeeded Dioncounda Traore as president of Mali.",
     {("Ibrahim Boubacar Keita", "LEADS", "Mali")}, {("Dioncounda Traore", "LEADS", "Mali")}),
    # a family name written first ("Kim Jong Un" is "Kim" later); "the North" / "the South" of a divided
    # state the article names; a capitalised "Im" is a name, not "I'm"
    ("family-name-first", "Chinese President Xi Jinping arrived in Hanoi on Sunday. Xi met Vietnamese leaders.",
     {("Xi Jinping", "MEETS", "Vietnam")}, set()),
    ("the-north", "North Korea fired a missile on Monday. South Korea accused the North of violating the truce.",
     {("South Korea", "CRITICIZES", "North Korea")}, set()),
    ("office-words-no-group", "Supreme Leader Ayatollah Ali Khamenei denounced the United States.",
     {("Ali Khamenei", "CRITICIZES", "United States")}, {("Ali Khamenei", "LEADS", "Supreme")}),
    # a denial that something was done negates it; an act one is called on to do is not done
    ("denied-that", "Rwanda denied that its troops had shelled Goma.", set(), {("Rwanda", "ATTACKS", "Goma")}),
    ("called-on-to-march", "The cleric called on Shiites to march on Basra.", set(), {("Shiites", "ATTACKS", "Basra")}),
    # whoever is instructed or sent to do something does it
    ("instructed-to", "Putin instructed Foreign Minister Sergei Lavrov to hold talks with Turkey.",
     {("Sergei Lavrov", "MEETS", "Turkey")}, {("Vladimir Putin", "MEETS", "Turkey")}),
    # gunmen named by a people are armed men of that people, not its state's forces; Palestinian leaders
    # lead the Palestinian Authority, the polity news names
    ("gunmen-not-state", "Afghan gunmen attacked a bus in Jalalabad.", {("Afghan rebels", "ATTACKS", "Jalalabad")},
     {("Afghanistan", "ATTACKS", "Jalalabad")}),
    ("palestinian-authority", "Palestinian Prime Minister Rami Hamdallah visited Gaza.", {("Rami Hamdallah", "LEADS", "Palestinian Authority")}, set()),
    # a person's party, named by a possessive: the person leads it (the party may be known only as data)
    ("possessive-party", "Benjamin Netanyahu's Likud party won the vote.", {("Benjamin Netanyahu", "LEADS", "Likud")}, set()),
    ("possessive-party-noun", "Members of Prime Minister Imran Khan's party quit.", set(), {("Imran Khan", "LEADS", "party")}),
    # a plural people's name is "they", not "it": "it" stays with the state
    ("plural-group-not-it", "Cyprus held a referendum on Saturday. Turkish Cypriots backed the plan, a week before it joins the European Union.",
     {("Cyprus", "MEMBER_OF", "European Union")}, {("Turkish Cypriots", "MEMBER_OF", "European Union")}),
    # actors of the 2000s and 2010s known by name: a group's acronym, a leader's surname
    ("known-actors-2004", "Sudan accused the SLA of attacking a convoy. Zarqawi's group claimed the bombing.",
     {("Sudan", "CRITICIZES", "Sudan Liberation Army")}, set()),
    # every place of a list: "the cities of X and Y", "most of the cities, including X and Y"
    ("cities-of-x-and-y", "Haftar's forces recaptured the towns of Sirte and Ajdabiya.",
     {("Libyan National Army", "CONTROLS", "Sirte"), ("Libyan National Army", "CONTROLS", "Ajdabiya")}, set()),
    # a leader's forces are the body the leader heads: a known group, else a head of state's state
    ("leader-s-forces", "Assad's troops recaptured the city of Palmyra.", {("Syria", "CONTROLS", "Palmyra")}, set()),
    ("leader-s-fighters", "SANAA (Reuters) - Abdul-Malik al-Houthi said his fighters had shelled Marib.", {("Houthis", "ATTACKS", "Marib")}, set()),
    ("most-of-including", "Ethiopian forces retook most of the towns, including Shire and Axum.",
     {("Ethiopia", "CONTROLS", "Shire"), ("Ethiopia", "CONTROLS", "Axum")}, set()),
    # a place overrun is held; a main component of a body is part of it; paramilitaries of a body are its own
    ("overran-a-city", "Boko Haram overran Baga in January.", {("Boko Haram", "CONTROLS", "Baga")}, set()),
    ("main-component-of", "The Kataib Hezbollah, a main component of the Popular Mobilization Forces, denied the report.",
     {("Kataib Hezbollah", "MEMBER_OF", "Popular Mobilization Forces")}, set()),
    ("paramilitaries-of", "Paramilitaries of the Rapid Support Forces stormed El Geneina.", {("Rapid Support Forces", "ATTACKS", "El Geneina")}, set()),
    # a people's movement owned by a state's possessive is the movement: "Lebanon's Iran-backed Hezbollah movement"
    ("state-s-named-movement", "Yemen's Iran-aligned Houthi movement seized Sanaa.", {("Houthis", "CONTROLS", "Sanaa")}, {("Yemen", "CONTROLS", "Sanaa")}),
    # said someone would face revenge or pay a price: a threat; urged others to fight someone: opposes them
    ("would-face-revenge", "Iran said Israel would face a crushing response.", {("Iran", "THREATENS", "Israel")}, set()),
    ("urged-to-fight", "Abiy Ahmed called on Ethiopians to take up arms against the TPLF.", set(), {("Ethiopia", "ATTACKS", "Tigray People's Liberation Front")}),
    ("urged-to-rise-up", "The exiled president called on Gambians to rise up against Yahya Jammeh.", set(), {("Gambia", "OPPOSES", "Yahya Jammeh")}),
    ("coordinator-title", "U.N. aid coordinator Martin Griffiths visited Kabul.", {("Martin Griffiths", "MEMBER_OF", "United Nations")}, set()),
    # storming into a place attacks it; troops hunting someone attack them; troops serving somewhere are deployed there
    ("stormed-into", "Nigerian soldiers stormed into the town of Bama.", {("Nigeria", "ATTACKS", "Bama")}, set()),
    ("troops-hunting", "French troops hunted jihadists of Ansar Dine near Kidal.", {("France", "ATTACKS", "Ansar Dine")}, set()),
    ("troops-serve-in", "Kenyan troops serve in Somalia under the African Union.", {("Kenya", "DEPLOYS_TO", "Somalia")}, set()),
    ("minister-serves", "Kenyan officials serve in Nairobi.", set(), {("Kenya", "DEPLOYS_TO", "Nairobi")}),
    # a bare claim of responsibility, or one "for the attack", takes the attack just reported
    ("claimed-just-reported", "MOGADISHU (Reuters) - A car bomb killed four Somali soldiers near Afgoye on Friday. Al-Shabaab claimed responsibility.",
     {("al-Shabaab", "ATTACKS", "Somalia")}, set()),
    ("claimed-the-attack", "Two Nigerien soldiers were killed in an ambush near Tillaberi. Islamic State claimed responsibility for the attack.",
     {("Islamic State", "ATTACKS", "Niger")}, set()),
    # who strikes back attacks the doers of the clause it answers; a missile fired by X at Y attacks Y
    ("hit-back", "Malian troops advanced on Kidal as the rebels hit back with mortars.", set(), {("Mali", "ATTACKS", "Mali")}),
    ("struck-back", "Azerbaijani forces shelled Stepanakert, and Armenia struck back with drones.", {("Armenia", "ATTACKS", "Azerbaijan")}, set()),
    ("fired-by-at", "Israel said a rocket fired by Hamas at Ashkelon was intercepted.", {("Hamas", "ATTACKS", "Ashkelon")}, set()),
    # forces that sweep into a place attack it; a hyphenated title hangs on its last word; "Secretary of State" is the
    # U.S. office where no state is named; "whose" is the actor its clause describes
    ("swept-into", "About 2,000 French and Malian troops swept into Gao on Saturday.", {("France", "ATTACKS", "Gao"), ("Mali", "ATTACKS", "Gao")}, set()),
    ("director-general-of", "Rafael Grossi, director-general of the International Atomic Energy Agency, visited Tehran.",
     {("Rafael Grossi", "LEADS", "International Atomic Energy Agency")}, set()),
    ("secretary-of-state", "Deputy Secretary of State Wendy Sherman met Chinese officials.", {("Wendy Sherman", "MEMBER_OF", "United States")}, set()),
    ("whose-forces", "Rwanda, whose soldiers fight alongside Mozambican troops, denied the claim.", {("Rwanda", "ALLIED_WITH", "Mozambique")}, set()),
    # a deadline to act is no act; urging a state to disarm a militia is no stand against it; a leader backing
    # his own side says nothing; mourning is not criticism; a religious title leads no state
    ("deadline-not-deed", "The Security Council gave Khartoum 30 days to disarm the Janjaweed.", set(),
     {("United Nations Security Council", "ATTACKS", "Janjaweed")}),
    ("urged-to-disarm", "Colin Powell urged Sudan to disarm the Janjaweed.", {("Colin Powell", "APPEALS_TO", "Sudan")}, {("Colin Powell", "OPPOSES", "Janjaweed")}),
    ("urged-conj-not-done", "Hadi called on Yemenis to rise up against the Houthis and retake Sanaa.", set(), {("Yemen", "ATTACKS", "Sanaa")}),
    ("own-side-support", "SANAA (Reuters) - Abdul-Malik al-Houthi praised his fighters.", set(), {("Abdul-Malik al-Houthi", "SUPPORTS", "Houthis")}),
    ("mourned", "Thousands of Palestinians mourned Yasser Arafat.", set(), {("Palestinian Authority", "CRITICIZES", "Yasser Arafat")}),
    ("religious-title", "Grand Ayatollah Ali al-Sistani returned to Najaf.", set(), {("Ali al-Sistani", "LEADS", "Iraq")}),
    # co-authors of a text cooperate; "the neighbours", "the old foes" are the pair named before; a dialogue is a negotiation
    ("co-drafted", "Norway and Mexico drafted a resolution on Myanmar.", {("Norway", "COOPERATES_WITH", "Mexico")}, set()),
    ("drafted-by-pair", "The text, drafted by Britain and Ireland, was adopted.", {("United Kingdom", "COOPERATES_WITH", "Ireland")}, set()),
    ("the-old-foes", "Ethiopia and Eritrea signed a peace deal. The old foes agreed to reopen their embassies.",
     {("Ethiopia", "COOPERATES_WITH", "Eritrea")}, set()),
    ("dialogue-with", "Serbia resumed its dialogue with Kosovo.", {("Serbia", "NEGOTIATES_WITH", "Kosovo")}, set()),
    # "its ally X" names X; "the warring parties", "all sides" are the pair that fought, never the urger's side
    ("its-ally-x", "Damascus and its ally Tehran both oppose Turkey's presence in Idlib.", {("Iran", "OPPOSES", "Turkey")}, set()),
    ("warring-parties", "Ethiopia and the TPLF fought for months. U.N. envoy Martin Griffiths urged the warring parties to agree a truce.",
     {("Martin Griffiths", "APPEALS_TO", "Ethiopia"), ("Martin Griffiths", "APPEALS_TO", "Tigray People's Liberation Front")},
     {("Martin Griffiths", "APPEALS_TO", "United Nations")}),
    # setting up, building or establishing a base or post somewhere deploys there; a committee set up is none
    ("set-up-posts", "Turkey set up observation posts in Idlib.", {("Turkey", "DEPLOYS_TO", "Idlib")}, set()),
    ("built-a-base", "China built a naval base in Djibouti.", {("China", "DEPLOYS_TO", "Djibouti")}, set()),
    ("set-up-committee", "Kenya set up a committee in Nairobi.", set(), {("Kenya", "DEPLOYS_TO", "Nairobi")}),
    # an island or port named by a demonym is its state's; "their Russian allies" are Russia; soldiers an armed
    # group kills in a story about one state are that state's, unless the sentence names another
    ("demonym-island", "Pyongyang fired artillery shells at a South Korean island.", {("North Korea", "ATTACKS", "South Korea")}, set()),
    ("their-x-allies", "Syrian troops and their Russian allies shelled Idlib.", {("Russia", "ATTACKS", "Idlib")}, set()),
    ("story-soldiers", "Jihadists attack army post\n\nNIAMEY, Niger (Reuters) - Islamic State fighters killed 17 soldiers near Tillaberi on Sunday.",
     {("Islamic State", "ATTACKS", "Niger")}, set()),
    ("other-state-soldiers", "KABUL (Reuters) - Taliban fighters ambushed a U.S. convoy, killing two soldiers.", set(), {("Taliban", "ATTACKS", "Afghanistan")}),
    # not accepting or recognising something opposes its owner; a state's vote rejected is the state's; campaigning
    # for someone backs them; removing someone from office opposes them; taking over a body leads it
    ("could-not-accept", "TBILISI (Reuters) - The United States said it could not accept the result of the vote.",
     {("United States", "OPPOSES", "Georgia")}, set()),
    ("rejected-outcome", "MINSK (Reuters) - The European Union rejected the outcome of the election.", {("European Union", "OPPOSES", "Belarus")}, set()),
    ("campaigned-for", "Vladimir Putin, who campaigned for Viktor Yanukovych, congratulated him.", {("Vladimir Putin", "SUPPORTS", "Viktor Yanukovych")}, set()),
    ("removed-as-governor", "President Ashraf Ghani removed Atta Mohammad Noor as governor of Balkh.", {("Ashraf Ghani", "OPPOSES", "Atta Mohammad Noor")}, set()),
    ("took-over-body", "Mahmoud Abbas took over the Palestine Liberation Organization.", {("Mahmoud Abbas", "LEADS", "Palestine Liberation Organization")}, set()),
    # "the group" is a group the article named, before a generic band of militants
    ("the-group-named", "RIYADH (Reuters) - Al-Qaeda militants kidnapped an engineer. Saudi forces killed the militants. "
     "The group has also claimed attacks on foreign workers in Khobar.", {("al-Qaeda", "ATTACKS", "Khobar")}, set()),
    # a place taken is held; taking part, office or hostages holds no place
    ("took-a-place", "The Taliban took the Panjshir valley in September.", {("Taliban", "CONTROLS", "Panjshir")}, set()),
    ("took-part", "The Taliban took part in talks in Doha.", set(), {("Taliban", "CONTROLS", "Doha")}),
    ("offensive-to-take", "Kenyan troops began an offensive to take the port of Kismayo.", set(), {("Kenya", "CONTROLS", "Kismayo")}),
    # a group's own fighters; a name deep in a title's compound or read as an adjective; "a junta spokesman"
    ("its-fighters", "MOGADISHU (Reuters) - Al-Shabaab said its fighters killed 20 soldiers.", {("al-Shabaab", "ATTACKS", "Somalia")}, set()),
    ("junta-spokesman", "Myanmar junta says it will hold polls\n\nNAYPYITAW, Myanmar (Reuters) - A junta spokesman, Zaw Min Tun, denied the report.",
     {("Zaw Min Tun", "MEMBER_OF", "Myanmar")}, set()),
    ("meeting-of-asked", "Britain called for an emergency meeting of the U.N. Security Council.",
     {("United Kingdom", "APPEALS_TO", "United Nations Security Council")}, set()),
    # "the coalition" after "the Saudi-led coalition": the coalition a compound named
    ("the-coalition-named", "HODEIDAH, Yemen (Reuters) - The Saudi-led coalition launched an assault on Hodeidah. "
     "The United States, which provides the coalition with intelligence, stayed out.", {("United States", "PROVIDES_AID", "Saudi-led coalition")}, set()),
    # acting "in defiance of" someone opposes them
    ("in-defiance-of", "North Korea tested a missile in defiance of the United Nations.", {("North Korea", "OPPOSES", "United Nations")}, set()),
    # a counted event carried by a light verb: "carried out hundreds of strikes against X"
    ("counted-strikes", "Israel has carried out hundreds of strikes against Hezbollah in Syria.", {("Israel", "ATTACKS", "Hezbollah")}, set()),
    # "condemned the killing" is the killing told before (by its word, else by a verb), not a later-named attack
    ("the-killing-told", "GAZA CITY (AP) - Hamas commander Salah Shehadeh was killed when Israeli jets fired missiles at his house. "
     "Shehadeh had approved scores of attacks on Israelis, the army said. Egypt condemned the killing.",
     {("Egypt", "CRITICIZES", "Israel")}, {("Egypt", "CRITICIZES", "Salah Shehadeh")}),
    # "Insurgents" opening a sentence is the common noun, never a group named "Insurgents"
    ("capitalised-insurgents", "Car bomb kills Iraqi police\n\nBAGHDAD, Iraq (AP) - Insurgents detonated a car bomb in Baqubah, killing 12 Iraqi "
     "policemen. Insurgents also attacked a checkpoint in Iraq.", {("Iraqi insurgents", "ATTACKS", "Iraqi police")}, {("Insurgents", "ATTACKS", "Iraqi police")}),
    # a known hyphenated given name is one token ("Moon Jae-in" meets; "-in" is no preposition); one meets another, not
    # the other's own state
    ("hyphenated-given-name", "North Korean leader Kim Jong Un and South Korean President Moon Jae-in held a summit in Panmunjom.",
     {("Kim Jong Un", "MEETS", "Moon Jae-in")}, {("South Korea", "MEETS", "Moon Jae-in"), ("Kim Jong Un", "MEETS", "South Korea")}),
    # forces deployed on a border "with" a state are deployed to that state's edge
    ("border-with", "India deployed tanks on its border with China.", {("India", "DEPLOYS_TO", "China")}, set()),
    # protesting to someone criticises them; "blasted X's decision" is criticism; the "of" of an attack its owner names is
    # its victim, not someone criticised
    ("protested-to", "Vietnam protested to China over the oil rig.", {("Vietnam", "CRITICIZES", "China")}, set()),
    ("blasted-decision", "Serbia blasted Kosovo's decision to ban Serbian licence plates.", {("Serbia", "CRITICIZES", "Kosovo")}, {("Serbia", "ATTACKS", "Kosovo")}),
    ("owner-s-shelling-of", "Armenia condemned Azerbaijan's shelling of Stepanakert.", {("Armenia", "CRITICIZES", "Azerbaijan")},
     {("Armenia", "CRITICIZES", "Stepanakert")}),
    # saying someone was responsible for or behind an attack blames them; "not responsible" does not
    ("said-responsible", "Colombia's president said the ELN was responsible for the bombing.", {("Colombia", "CRITICIZES", "ELN")}, set()),
    ("said-behind-attack", "India said Pakistan was behind the attack.", {("India", "CRITICIZES", "Pakistan")}, set()),
    ("said-not-responsible", "India said Pakistan was not responsible.", set(), {("India", "CRITICIZES", "Pakistan")}),
    ("killing-of-victim", "The EU condemned the killing of Boris Nemtsov.", set(), {("European Union", "CRITICIZES", "Boris Nemtsov")}),
    # an "X-backed" or "X-led" modifier names the backer, not the owner; chairing a body leads it
    ("backed-government-head", "Fayez al-Sarraj, the head of the U.N.-backed government in Tripoli, flew to Rome.",
     {("Fayez al-Sarraj", "LEADS", "Libya")}, {("Fayez al-Sarraj", "LEADS", "United Nations")}),
    ("chairs-body", "Macky Sall, who chairs the African Union, visited Moscow.", {("Macky Sall", "LEADS", "African Union")}, set()),
    # a repeated preposition in a coordination: "with X and with Y", "to X and to Y"
    ("repeated-preposition", "France sent troops to Mali and to Niger.", {("France", "DEPLOYS_TO", "Mali"), ("France", "DEPLOYS_TO", "Niger")}, set()),
    ("drove-a-car", "Somali officials drove a truck out of Baidoa.", set(), {("Somalia", "ATTACKS", "Baidoa")}),
    # an offensive pressed, pursued or widened is carried out; a state's assault near its own capital is not on its capital
    ("pressed-assault", "Ethiopian troops pressed their assault on Eritrean positions near Badme.", {("Ethiopia", "ATTACKS", "Eritrea")}, set()),
    ("pursued-offensive", "Ugandan forces pursued their offensive against the Lord's Resistance Army.",
     {("Uganda", "ATTACKS", "Lord's Resistance Army")}, set()),
    ("ramped-up-strikes", "Pakistan ramped up its air strikes on Taliban hideouts.", {("Pakistan", "ATTACKS", "Taliban")}, set()),
    # a participle after a parenthetical "..., officials said," is the reported doer's; a comment on a quote is the speaker's
    ("said-then-participle", "Eritrea shelled Ethiopian border towns overnight, Ethiopian officials said, defying an African Union ceasefire.",
     {("Eritrea", "OPPOSES", "African Union")}, {("Ethiopia", "OPPOSES", "African Union")}),
    ("quote-then-participle", '"We will not be silenced," Mugabe told supporters, accusing Britain of meddling.',
     {("Robert Mugabe", "CRITICIZES", "United Kingdom")}, set()),
    # a deed that angers a state: the angered state criticises its doer
    ("angering", "Qatar hosted the Taliban leaders, angering Kabul.", {("Afghanistan", "CRITICIZES", "Qatar")}, set()),
    ("infuriating", "Norway gave the prize to a dissident, infuriating Beijing.", {("China", "CRITICIZES", "Norway")}, set()),
    # a people or creed word before a known group's name is that group ("the Kurdish PKK", "the Maoist CPN-M")
    ("people-word-group", "Turkish jets pounded the Kurdish PKK in the Qandil mountains.", {("Turkey", "ATTACKS", "PKK")}, {("Turkey", "ATTACKS", "Kurdish PKK")}),
    ("people-militia", "Ankara warned Kurdish militia on Tuesday.", {("Turkey", "CRITICIZES", "Kurdish militias")}, {("Turkey", "CRITICIZES", "Kurdish")}),
    # a second finite verb the parser hung on a noun ("an attempt to X and called on Y"): the clause subject's
    ("and-called-on-acl", "Qureia condemned the raid as an attempt to sabotage peace efforts and called on the United States to restrain Israel.",
     {("Qureia", "APPEALS_TO", "United States")}, set()),
    ("killed-fighters-from", "Kenyan troops killed four fighters from al Shabaab near Kismayo.", {("Kenya", "ATTACKS", "al-Shabaab")}, set()),
    # "in a warning to X", "in protest against X": the doer of the clause gives the warning or the protest
    ("in-a-warning-to", "Azerbaijan moved artillery to the frontier in a warning to Armenia.", {("Azerbaijan", "THREATENS", "Armenia")}, set()),
    ("in-protest-against", "Ghana recalled its envoy in protest against Togo.", {("Ghana", "OPPOSES", "Togo")}, set()),
    # "the group" is the armed group named before, not a company named since
    ("the-group-not-company", "Al Shabaab fighters raided a camp near Garissa. TotalEnergies said its staff were safe. Kenya accused Eritrea of arming the group.",
     {("Eritrea", "PROVIDES_AID", "al-Shabaab")}, {("Eritrea", "PROVIDES_AID", "TotalEnergies")}),
    # forces a state backs are not the state's own forces
    ("backed-forces", "U.S.-backed forces shelled Islamic State positions near Hajin.", {("United States", "SUPPORTS", "U.S.-backed force")},
     {("United States", "ATTACKS", "Islamic State")}),
    ("advanced-against", "Malian troops advanced against the jihadists of JNIM near Boni.", {("Mali", "ATTACKS", "JNIM")}, set()),
    # a clause said to be an attack someone claimed: the claimant did it
    ("in-an-attack-claimed-by", "Gunmen killed nine soldiers near Diffa in an attack claimed by Boko Haram.", {("Boko Haram", "ATTACKS", "Diffa")}, set()),
    # "the U.N. Libya envoy": the body's envoy, sent to the state named next to the title
    ("envoy-posted-to", "Ghassan Salame, the U.N. Libya envoy, met Haftar in Benghazi.", {("Ghassan Salame", "MEMBER_OF", "United Nations")},
     {("Ghassan Salame", "MEMBER_OF", "Libya")}),
    # a threatened or warned-of measure against someone is a threat to them; the measure taken is done
    ("threatened-action-against", "Uruguay threatened unspecified action against Paraguay over the dam.", {("Uruguay", "THREATENS", "Paraguay")}, set()),
    ("warned-of-reprisals", "Khartoum warned of reprisals against Juba after the raid.", {("Sudan", "THREATENS", "South Sudan")}, set()),
    ("threatened-measures", "Beijing threatened tough new measures against Lithuania.", {("China", "THREATENS", "Lithuania")},
     {("China", "SANCTIONS", "Lithuania")}),
    # street protest nouns and marches against someone oppose them
    ("rally-against", "Tunisian protesters held a rally against the Tunisian government in Sfax.", {("Tunisian protesters", "OPPOSES", "Tunisia")}, set()),
    ("marched-against", "Bolivian demonstrators marched against the Bolivian government.", {("Bolivian protesters", "OPPOSES", "Bolivia")}, set()),
    # forces counted ("thousands of troops") that an actor has or keeps somewhere are deployed there; a named group's too
    ("has-thousands-of-troops", "Eritrea still has thousands of troops in Tigray, diplomats say.", {("Eritrea", "DEPLOYS_TO", "Tigray")}, set()),
    ("group-keeps-fighters", "Al-Shabaab, which keeps hundreds of fighters in Kenya, denied the claim.", {("al-Shabaab", "DEPLOYS_TO", "Kenya")}, set()),
    # a body's forces drawn from named states: those states deploy them too
    ("troops-from-states", "ECOWAS is sending 600 soldiers from Ghana and Togo to Guinea-Bissau.",
     {("ECOWAS", "DEPLOYS_TO", "Guinea-Bissau"), ("Ghana", "DEPLOYS_TO", "Guinea-Bissau"), ("Togo", "DEPLOYS_TO", "Guinea-Bissau")}, set()),
    ("troops-from-states-purpose", "The U.N. will deploy 900 peacekeepers from Nepal and Fiji to guard the camps in South Sudan.",
     {("Nepal", "DEPLOYS_TO", "South Sudan"), ("Fiji", "DEPLOYS_TO", "South Sudan")}, set()),
    # a denied accusation was still made; "it" in what it says is the one who denies it
    ("denied-accusations-by", "Eritrea denied accusations by Djibouti that it had shelled the border post.",
     {("Djibouti", "CRITICIZES", "Eritrea")}, set()),
    ("rejected-accusations-that-it", "Eritrea rejected accusations by Ethiopia that it arms al-Shabaab.",
     {("Eritrea", "PROVIDES_AID", "al-Shabaab")}, {("Ethiopia", "PROVIDES_AID", "al-Shabaab")}),
    # a compass region of a state struck or entered is that region, never the whole state, nor a capital's quarter
    ("compass-region-deployed", "Rwanda sent 1,000 troops into northern Mozambique.", {("Rwanda", "DEPLOYS_TO", "northern Mozambique")},
     {("Rwanda", "DEPLOYS_TO", "Mozambique")}),
    ("compass-region-struck", "Hezbollah fired rockets at northern Israel on Sunday.", {("Hezbollah", "ATTACKS", "northern Israel")},
     {("Hezbollah", "ATTACKS", "Israel")}),
    ("compass-capital-quarter", "Israeli tanks shelled west Beirut overnight.", {("Israel", "ATTACKS", "Beirut")}, {("Israel", "ATTACKS", "west Lebanon")}),
    ("insurgency-in-region", "The ADF has waged an insurgency in eastern Congo since 1995.",
     {("ADF", "ATTACKS", "Democratic Republic of the Congo")}, {("ADF", "ATTACKS", "eastern Democratic Republic of the Congo")}),
    ("rampaged-through", "Pro-government militias rampaged through East Timor.", {("pro-government militias", "ATTACKS", "East Timor")}, set()),
    # "its" in what someone is criticised over is the criticised one's, however deep in the reason it sits
    ("criticised-over-the-toll-of-its", "Human Rights Watch criticised Israel over the scale of its strikes in Gaza.",
     {("Israel", "ATTACKS", "Gaza")}, {("Human Rights Watch", "ATTACKS", "Gaza")}),
    ("criticised-the-body-over-its", "Amnesty International criticised NATO over the heavy cost of its air raids on Tripoli.",
     {("NATO", "ATTACKS", "Tripoli")}, {("Amnesty International", "ATTACKS", "Tripoli")}),
    # peoples named with "ethnic" (and the people joined to them) are groups, not their namesake states
    ("ethnic-peoples", "Police said two days of clashes between ethnic Armenians and Azerbaijanis left six dead in Tbilisi.",
     {("ethnic Armenians", "ATTACKS", "ethnic Azerbaijanis")}, {("Armenia", "ATTACKS", "Azerbaijan"), ("Azerbaijan", "ATTACKS", "Armenia")}),
    # bombings against someone attack them; monitors and observers sent somewhere are deployed there
    ("bombings-against", "The PKK has carried out dozens of bombings against Turkey since 1984.", {("PKK", "ATTACKS", "Turkey")}, set()),
    ("observers-sent", "The OSCE sent 200 observers to Georgia on Monday.", {("OSCE", "DEPLOYS_TO", "Georgia")}, set()),
    # fighters from two named groups are both groups' fighters
    ("rebels-from-two-groups", "Rebels from the SLA and the JEM attacked the town of Tawila.",
     {("Sudan Liberation Army", "ATTACKS", "Tawila"), ("Justice and Equality Movement", "ATTACKS", "Tawila")}, set()),
    # a deployment of someone's forces or weapons: theirs, where the thing deployed goes; opposing it opposes them
    ("deployment-of-owners-system", "Moscow opposes the deployment of the U.S. Aegis missile system in Romania.",
     {("Russia", "OPPOSES", "United States"), ("United States", "DEPLOYS_TO", "Romania")}, set()),
    # states that together hold drills cooperate, "joint" or not
    ("drills-held-together", "India and France began annual naval exercises off Goa on Monday.", {("India", "COOPERATES_WITH", "France")}, set()),
    # "prompting X to do Y": X does it; the deed that prompted it is the one X condemns
    ("prompting-x-to", "The raid prompted Ghana to condemn Togo.", {("Ghana", "CRITICIZES", "Togo")}, set()),
    ("prompting-x-to-denounce-the-launch", "North Korea test-fired a missile on Sunday, prompting President Yoon to denounce the launch.",
     {("Yoon Suk Yeol", "CRITICIZES", "North Korea")}, set()),
    # calling someone's deed a threat or terrorism opposes its owner
    ("views-owners-deed-as-threat", "Moscow views NATO's eastward expansion as a threat.", {("Russia", "OPPOSES", "NATO")}, set()),
    # a state-led campaign or operation is the coalition so led, no actor of its own name
    ("led-campaign-is-the-coalition", "The French-led campaign against the jihadists intensified in 2014.",
     {("France", "LEADS", "France-led coalition")}, {("France", "LEADS", "France-led campaign")}),
    # seizing villages near a town holds no part of the town; seizing its airport does
    ("seized-near-town", "Malian troops recaptured several villages near Gao on Sunday.", set(), {("Mali", "CONTROLS", "Gao")}),
    # pulling back or advancing under someone's fire: they fired on the ones moving
    ("pulled-back-under-strikes", "Houthi fighters pulled back under heavy Saudi air strikes near Midi.", {("Saudi Arabia", "ATTACKS", "Houthis")}, set()),
    ("retreated-under-fire-from", "Tuareg rebels retreated from Anefis under fire from Malian troops.", {("Mali", "ATTACKS", "Tuareg rebels")}, set()),
    # a threat on a condition is made to the one whose deed the condition names; never to the threatener's own side
    ("threatened-unless", "Venezuela threatened to close its embassy in Bogota unless Colombia handed over the smugglers.",
     {("Venezuela", "THREATENS", "Colombia")}, set()),
    ("warned-it-would-if", "Turkey warned that it would launch a new offensive if Kurdish militias did not pull back from the border.",
     {("Turkey", "THREATENS", "Kurdish militias")}, set()),
    ("threatened-if-own-side", "Iran threatened to close the Strait of Hormuz if its oil exports were halted.", set(),
     {("Iran", "THREATENS", "Iran")}),
    # a state's parliament speaks for the state, like its government; it elects its own state's president
    ("parliament-is-its-state", "The Azerbaijani parliament voted to condemn Armenia.", {("Azerbaijan", "CRITICIZES", "Armenia")}, set()),
    ("parliament-elects-abroad", "Haiti's parliament, meeting in the neighbouring Dominican Republic, elected Marc Toussaint as president.",
     {("Marc Toussaint", "LEADS", "Haiti")}, {("Marc Toussaint", "LEADS", "Dominican Republic")}),
    # a sanction on a state's goods or firms is a sanction on the state
    ("sanction-on-states-goods", "Peru imposed new import curbs on Ecuadorean goods on Monday.", {("Peru", "SANCTIONS", "Ecuador")}, set()),
    ("sanction-on-states-banks", "Canada imposed sanctions on Belarusian banks and airlines.", {("Canada", "SANCTIONS", "Belarus")}, set()),
    # protesting or complaining against / over / about a deed opposes or criticises its owner
    ("protested-against-owners-deed", "Hezbollah protested against Jordan's expulsion of its envoys.", {("Hezbollah", "OPPOSES", "Jordan")}, set()),
    ("complained-over-owners-deed", "Ghana complained to the African Union over Ivorian shelling of its border posts.",
     {("Ghana", "CRITICIZES", "Ivory Coast")}, {("Ghana", "CRITICIZES", "African Union")}),
    ("filed-complaint-against", "Gabon filed a complaint against Equatorial Guinea at the International Court of Justice.",
     {("Gabon", "CRITICIZES", "Equatorial Guinea")}, set()),
    # "in protest at X" / "in defiance of X" tell about the clause's verb, also when hung on its object
    ("in-protest-at-on-object", "Hezbollah supporters blocked highways in protest at Jordan's expulsion of its envoys.",
     {("Hezbollah", "OPPOSES", "Jordan")}, set()),
    ("in-defiance-on-object", "Hamas blocked roads in defiance of Egypt.", {("Hamas", "OPPOSES", "Egypt")}, set()),
    # a demand that someone do something is made to them; what is demanded from someone is asked of them
    ("demand-that-y-do", "ECOWAS reiterated its demand that Guinea free the detained president.", {("ECOWAS", "APPEALS_TO", "Guinea")}, set()),
    ("demanded-from", "Lithuania demanded compensation from Belarus.", {("Lithuania", "APPEALS_TO", "Belarus")}, set()),
    # dismissing, rebuffing or spurning someone's appeal, offer or plan opposes them
    ("dismissed-appeal-from", "Houthi leaders dismissed an appeal from Oman to release the detained sailors.", {("Houthis", "OPPOSES", "Oman")}, set()),
    ("rebuffed-overture", "Azerbaijan rebuffed an overture from Armenia.", {("Azerbaijan", "OPPOSES", "Armenia")}, set()),
    ("own-capital", "The Malian army shelled Bamako suburbs on Friday.", set(), {("Malian army", "ATTACKS", "Bamako")}),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_extract_structure(name: str, text: str, must: set, must_not: set) -> None:
    assert_extracts(text, must, must_not)


def test_dateline_country_names_generic_actors() -> None:
    """A dateline "PLACE, Country (Agency) -" says where the story is: its rebels and its government
    forces are that country's when nothing in the article places events elsewhere."""
    text = ("Rebels step up raids in the north\n\nTIMBARA, Chad (Reuters) - The rebels stepped up attacks on "
            "government forces this week, a military spokesman said.\n")
    assert ("Chadian rebels", "ATTACKS", "Chad") in edges(ng.extract_text(text), negated=False)
    no_dateline = text.replace("TIMBARA, Chad (Reuters) - ", "")
    assert not any("Chad" in (s + o) for s, _, o in edges(ng.extract_text(no_dateline), negated=False))


def test_dateline_places_militants_without_a_nationality() -> None:
    """Militants are placed by the dateline, never given its nationality ("Malian militants")."""
    text = ("Militants raid army post\n\nGAO, Mali (Reuters) - Militants attacked an army post near Gao on "
            "Tuesday, killing six Malian soldiers, the army said.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("militants in Mali", "ATTACKS", "Mali") in found
    assert not any("Malian militants" in (s + o) for s, _, o in found)
    backed = edges([t for t in ng.extract_text(text.replace("Militants attacked", "Iran-backed militants attacked")) if "Iran" in t.sentence], negated=False)
    assert not any("militants in Mali" in (s + o) for s, _, o in backed)


def test_bare_hub_dateline_does_not_name_the_story_country() -> None:
    """A bureau's bare city ("NAIROBI (Reuters) -") says where the reporter sits, not where the story happens:
    a story about fighting in South Sudan filed from Nairobi gives its rebels South Sudan's name, never Kenya's."""
    text = ("Clashes near Bor\n\nNAIROBI (Reuters) - South Sudanese government forces pushed toward Bor on Monday, "
            "a military spokesman said.\n\nThe rebels said they had beaten back the assault and accused Juba of "
            "bombing markets.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("South Sudanese rebels", "CRITICIZES", "South Sudan") in found
    assert not any("Kenya" in (s + o) for s, _, o in found)


def test_foreign_forces_named_often_do_not_outvote_the_place() -> None:
    """ "U.S. warplanes", "U.S. forces", "U.S. officials" in a story from Iraq say whose, not where: named
    again and again they do not outweigh the dateline's country and the host state's own institutions."""
    text = ("Gunmen Hit Guard Post\n\nSAMARRA, Iraq (AP) — Insurgents attacked an Iraqi army post on Monday, killing four "
            "soldiers, police said. Iraq's defense minister vowed to hunt them down.\n\nU.S. warplanes struck a farm nearby, "
            "U.S. officials said. U.S. forces patrolled the road. U.S. troops searched houses. U.S. soldiers set up checkpoints. "
            "U.S. commanders said the insurgents fired mortars at a base.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert any(s in ("Iraqi insurgents", "Iraqi rebels") and r == "ATTACKS" and o == "Iraqi army" for s, r, o in found)
    assert not any("American" in (s + o) for s, _, o in found)


def test_the_coalition_in_a_story_about_yemen_is_the_saudi_led_one() -> None:
    """ "The coalition" with no coalition named before is the one news about the story's state means by it:
    in a story about Yemen the Saudi-led coalition; in a story about Kenya, none."""
    text = ("Raids near Marib\n\nMARIB, Yemen (Reuters) - The coalition bombed Houthi bases near Marib in Yemen on Friday, "
            "tribal sources said. Yemen's government said the Houthis had fired rockets into Marib city.\n")
    assert ("Saudi-led coalition", "ATTACKS", "Houthis") in edges(ng.extract_text(text), negated=False)
    spokesman = text + "Coalition spokesman Ahmed al-Hamdan denied the raids hit a school.\n"
    assert ("Ahmed al-Hamdan", "MEMBER_OF", "Saudi-led coalition") in edges(ng.extract_text(spokesman), negated=False)
    kenya = text.replace("Yemen", "Kenya").replace("Houthi bases", "militant bases").replace("the Houthis", "militants")
    assert not any("coalition" in (s + o) for s, _, o in edges(ng.extract_text(kenya), negated=False))


def test_people_word_before_a_known_group_inside_one_name() -> None:
    """ "the Kurdish YPG" read by the NER as one organisation's name is the YPG, not a second actor."""
    found = edges(ng.extract_text("U.S. jets supported fighters led by the Kurdish YPG near Raqqa."), negated=False)
    assert any(s == "YPG" and r == "LEADS" for s, r, _ in found)
    assert not any("Kurdish YPG" in (s + o) for s, _, o in found)


def test_a_bare_ministry_title_is_the_story_states() -> None:
    """ "Interior Ministry spokesman X" names no state: in a story about Niger he is Niger's, not a member of a
    body called "Interior Ministry"."""
    text = ("Attack near Diffa\n\nDIFFA, Niger (Reuters) - Gunmen killed four soldiers near Diffa in Niger on Sunday. "
            "Interior Ministry spokesman Ibrahim Moussa said the army was hunting them.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Ibrahim Moussa", "MEMBER_OF", "Niger") in found
    assert not any(o == "Interior Ministry" for _, _, o in found)


def test_the_president_is_the_story_states_leader() -> None:
    """A bare "the president" is the leader the article named for the story's state; with no leader named, no one."""
    text = ("Talks stall in Bangui\n\nBANGUI, Central African Republic (Reuters) - Fighting in the Central African Republic "
            "went on. President Faustin-Archange Touadera rejected the demands. The rebels accused the president of lying.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert any(r == "CRITICIZES" and o == "Faustin-Archange Touadera" for _, r, o in found)
    unnamed = text.replace("President Faustin-Archange Touadera rejected the demands. ", "")
    assert not any(r == "CRITICIZES" for _, r, _ in edges(ng.extract_text(unnamed), negated=False))


def test_the_town_is_the_settlement_named_last() -> None:
    """ "the town" / "the city" is the town or capital named in the last few sentences; never a region or waters,
    and no guess when a state or an unknown place was named since."""
    town = ("M23 rebels seized Bunagana near the Ugandan border on Monday, Congolese army officials said.\n\n"
            "Congolese troops shelled the town on Tuesday, the army said.")
    assert ("Democratic Republic of the Congo", "ATTACKS", "Bunagana") in edges(ng.extract_text(town), negated=False)
    capital = "Fighting broke out in Mogadishu overnight.\n\nAl-Shabaab fighters stormed the city from the north, witnesses said."
    assert ("al-Shabaab", "ATTACKS", "Mogadishu") in edges(ng.extract_text(capital), negated=False)
    region = "Fighting broke out in Lower Shabelle region overnight.\n\nAl-Shabaab fighters stormed the city from the north, witnesses said."
    assert not any(r == "ATTACKS" for _, r, _ in edges(ng.extract_text(region), negated=False))


def test_its_in_the_reported_subject_is_the_speakers() -> None:
    """ "X, a group backed by Y, said its fighters had ...": X's fighters, never Y's nor generic fighters."""
    text = ("Fighting continued in Libya on Monday. Clashes spread across Libya.\n\n"
            "The Misrata Brigades, a militia backed by Qatar, said its fighters had shot down a Libyan army helicopter.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert any(s == "Misrata Brigades" and r == "ATTACKS" for s, r, _ in found), found
    assert not any(s == "Qatar" and r == "ATTACKS" for s, r, _ in found), found


def test_speaker_location_and_venue_do_not_name_the_story_country() -> None:
    """ "Speaking in Hanoi" says where a speaker stood and "a meeting in Hanoi" where diplomats met; neither
    outweighs the dateline's "CITY, Country" for the story's rebels."""
    text = ("Rebels attack convoy\n\nMAGWE, Myanmar (Reuters) - Rebels ambushed an army convoy on Friday, residents "
            "said. A U.N. envoy, speaking in Hanoi, urged restraint. Ministers cancelled a meeting in Hanoi.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Burmese rebels", "ATTACKS", "Burmese army") in found
    assert not any("Vietnam" in (s + o) for s, _, o in found)


def test_unqualified_minister_holds_office_in_the_story_country() -> None:
    """ "Defence Minister X" names no state: in a story about Cameroon he is Cameroon's; a lone
    surname ("President Clinton") is too little to go on."""
    text = ("Troops pushed into Bamenda in Cameroon on Monday. Defence Minister Joseph Nkembe dismissed the reports. "
            "Fighting in Cameroon has displaced thousands.")
    assert ("Joseph Nkembe", "MEMBER_OF", "Cameroon") in edges(ng.extract_text(text), negated=False)
    alone = "Defence Minister Joseph Nkembe dismissed the reports."
    assert not any(s == "Joseph Nkembe" for s, _, _ in edges(ng.extract_text(alone), negated=False))


def test_bare_police_are_the_story_country() -> None:
    """Police with no state named are the story country's police ("Kenyan police"); with no story country, nobody's."""
    text = "Protests spread across Kenya on Monday. Police fired tear gas at opposition supporters in Kisumu, Kenya."
    assert ("Kenyan police", "ATTACKS", "Kenyan opposition") in edges(ng.extract_text(text), negated=False)
    alone = "Police fired tear gas at opposition supporters in Kisumu."
    assert not any(s in ("Kenya", "Kenyan police") for s, _, _ in edges(ng.extract_text(alone), negated=False))


def test_headline_lists_names_with_a_comma() -> None:
    """Headlines list names with a comma ("presses Hamas, Israel"); a description set beside a name is
    no list ("Hamas, the Islamist group that runs Gaza,")."""
    text = "Qatar presses Hamas, Israel on hostage deal\n\nDOHA (Reuters) - Qatar stepped up its mediation on Tuesday.\n"
    found = edges(ng.extract_text(text), negated=False)
    assert {("Qatar", "APPEALS_TO", "Hamas"), ("Qatar", "APPEALS_TO", "Israel")} <= found
    described = edges(ng.extract_text("Hamas, the Islamist group that runs Gaza, fired rockets at Israel."), negated=False)
    assert ("Hamas", "ATTACKS", "Israel") in described and not any(s == "Gaza" for s, _, _ in described)


def test_facilities_and_crowds_stand_for_their_holders() -> None:
    """ "army checkpoints" are the story state's army, "a police station" / "the parliament building"
    the state; "a crowd of protesters" is the protesters, named by the story's people."""
    story = "Fighting raged across Chad on Monday. The Chadian government imposed a curfew. "
    found = edges(ng.extract_text(story + "Rebels attacked army checkpoints near Abeche overnight."), negated=False)
    assert ("Chadian rebels", "ATTACKS", "Chadian army") in found
    found = edges(ng.extract_text(story + "Protesters stormed the parliament building in N'Djamena."), negated=False)
    assert ("Chadian protesters", "ATTACKS", "Chad") in found
    found = edges(ng.extract_text(story + "Police opened fire on a crowd of protesters in N'Djamena."), negated=False)
    assert ("Chadian police", "ATTACKS", "Chadian protesters") in found
    alone = edges(ng.extract_text("Rebels attacked army checkpoints overnight."), negated=False)
    assert not alone


def test_named_coalition_and_plural_pronoun() -> None:
    """An unknown name before a singular organisation noun names the organisation ("the Ansar coalition");
    its fighters are its own ("rebels from ..."), and "they" in the next sentence are those rebels,
    not the place they seized."""
    text = ("Rebels from the Ansar Dine coalition seized the capital Koundara on Sunday. They clashed with "
            "Senegalese troops near the airport. Fighting in Guinea has displaced thousands.")
    found = edges(ng.extract_text(text), negated=False)
    named = {s for s, _, _ in found}
    assert any("Ansar" in s for s in named), found
    assert any("Ansar" in s and r == "ATTACKS" and o == "Senegal" for s, r, o in found), found
    assert not any(s == "Guinea" and r == "ATTACKS" for s, r, _ in found), found


def test_multiword_country_places_the_story() -> None:
    """ "across Sri Lanka" places the story in Sri Lanka (the name's head is what the preposition
    governs), so a navy base there is Sri Lanka's; a lowercase word the NER took for a name is none."""
    text = ("Fighting spread across Sri Lanka on Monday. The Sri Lankan government in Sri Lanka declared an "
            "emergency. The Tamil Tigers attacked a navy base in Trincomalee.")
    found = edges(ng.extract_text(text), negated=False)
    assert any(s.endswith("Tamil Eelam") and r == "ATTACKS" and o == "Sri Lanka" for s, r, o in found), found
    assert not any(o == "navy" for _, _, o in found)


def test_both_sides_are_the_pair_that_signed() -> None:
    """ "Both sides" are the two parties written as a pair that signed or fought, not the mediator named
    after them; a people's fighters and forces are one actor."""
    text = ("Ethiopia's government and Tigrayan forces signed a truce in Nairobi on Monday after talks brokered by Kenya. "
            "The deal ends years of war in Ethiopia. Both sides agreed to free prisoners. Tigrayan fighters began to withdraw.")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Ethiopia", "NEGOTIATES_WITH", "Tigrayan forces") in found or ("Tigrayan forces", "NEGOTIATES_WITH", "Ethiopia") in found, found
    both = [t for t in ng.extract_text(text) if t.sentence.startswith("Both")]
    assert both and all({t.subject, t.object} == {"Ethiopia", "Tigrayan forces"} for t in both), both
    assert not any(n == "Tigrayan fighters" for e in found for n in (e[0], e[2]))


def test_bare_soldiers_firing_on_the_states_own_protesters_are_its_forces() -> None:
    """Soldiers or police no state is named for, firing on the story state's protesters, are that state's
    forces; the same words about anyone else name nobody."""
    text = ("Togo protests turn deadly\n\nLOME (Reuters) - Togo's government faced a third week of protests on Tuesday "
            "as anger over fuel prices spread to the north of the country. Soldiers opened fire on a crowd of protesters "
            "in Sokode, witnesses said. Troops shot dead two demonstrators in Kara. Soldiers later attacked a market in Bafilo.")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Togo", "ATTACKS", "Togolese protesters") in found, found
    assert not any(s == "Togo" and o == "Bafilo" for s, _, o in found), found


def test_a_clash_with_people_in_a_place_is_no_clash_with_the_place() -> None:
    text = ("Guinea unrest\n\nCONAKRY (Reuters) - Guinea's government faced a wave of strikes on Monday over the price of rice. "
            "Police clashed with students in Conakry on Monday. Guinean troops clashed with rebels in Macenta.")
    found = edges(ng.extract_text(text), negated=False)
    assert not any(o in ("Conakry", "Guinea") and s == "Guinean police" for s, _, o in found), found
    assert not any(s == "Guinea" and o == "Guinean police" for s, _, o in found), found
    assert not any(o == "Macenta" for _, _, o in found), found


def test_its_positions_in_a_reported_attack_are_the_speakers() -> None:
    """ "X said government gunships attacked its positions": no one attacks its own, the positions are the speaker's."""
    text = ("Fighting in Casamance\n\nDAKAR (Reuters) - Fighting flared in Senegal's Casamance region on Monday. The "
            "Movement of Democratic Forces of Casamance said government helicopter gunships had attacked its positions "
            "near Ziguinchor. Senegal's army said it had no comment.")
    found = edges(ng.extract_text(text), negated=False)
    assert any(s == "Senegal" and r == "ATTACKS" and "Casamance" in o and o != "Casamance" for s, r, o in found), found


def test_bare_rebels_are_the_one_rebel_group_the_article_named() -> None:
    """ "Tuareg rebels ... the rebels": the same rebels, not rebels of the story's state; a commander of
    "Tuareg rebels" belongs to them, not to a group called "Tuareg"."""
    text = ("Niger fighting\n\nNIAMEY (Reuters) - Niger's army fought Tuareg rebels near Agadez on Monday, the defence "
            "ministry said. Niger's government said the rebels had attacked an army base in the desert. "
            "Aghaly Alambo, a Tuareg rebel commander, was wounded.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert any(s == "Tuareg rebels" and r == "ATTACKS" for s, r, _ in found), found
    assert not any(s == "Nigerien rebels" for s, _, _ in found), found
    assert ("Aghaly Alambo", "MEMBER_OF", "Tuareg rebels") in found, found


def test_bare_rebels_after_two_named_rebel_groups_stay_unnamed_by_them() -> None:
    text = ("Niger fighting\n\nNIAMEY (Reuters) - Niger's army fought Tuareg rebels near Agadez on Monday, the defence ministry "
            "said. Toubou rebels ambushed a convoy near Dirkou. Niger's government said the rebels had attacked an army base.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert not any(s in ("Tuareg rebels", "Toubou rebels") and r == "ATTACKS" and o == "Niger" for s, r, o in found), found


_TALKS = ("Guinea-Bissau talks\n\nBISSAU (Reuters) - Guinea-Bissau's government and the rebel Movement for Casamance Unity "
          "resumed talks in Dakar on Monday, officials said.\n\n")


def test_officials_of_ministries_and_offices_serve_the_state() -> None:
    """An official "in" a named body is its member; the bare "interior ministry" and "the prime minister's
    office" are the story state's; a name the NER missed is a person when an apposition gives it a title;
    leading a delegation makes a member, not a leader."""
    text = _TALKS + (
        "Sadja Embalo, a senior official in the Movement for Casamance Unity, said the talks were hard.\n\n"
        "Bacar Sanha, a spokesman for the interior ministry, said police had arrested ten people.\n\n"
        "Fatumata Djalo, an adviser at the prime minister's office, declined to comment.\n\n"
        "Tcherno Balde led the government delegation.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Sadja Embalo", "MEMBER_OF", "Movement for Casamance Unity") in found, found
    assert ("Bacar Sanha", "MEMBER_OF", "Guinea-Bissau") in found, found
    assert ("Fatumata Djalo", "MEMBER_OF", "Guinea-Bissau") in found, found
    assert ("Tcherno Balde", "MEMBER_OF", "Guinea-Bissau") in found and ("Tcherno Balde", "LEADS", "Guinea-Bissau") not in found, found


def test_both_sides_far_from_the_pair_are_still_the_pair() -> None:
    """ "Both sides" after mediators and envoys were named are the two that held the talks, not the mediators' states."""
    text = _TALKS + (
        "Senegal's President Macky Sall hosted the meeting.\n\n"
        "The African Union's envoy, Olusegun Obasanjo, attended.\n\n"
        "The U.N. envoy, Mohamed Ibn Chambas, said progress was slow.\n\n"
        "Amnesty International urged both sides to free prisoners.\n")
    found = edges(ng.extract_text(text), negated=False)
    urged = objects_of(found, "Amnesty International", "APPEALS_TO")
    assert urged == {"Guinea-Bissau", "Movement for Casamance Unity"}, found


def test_the_group_is_the_one_named_earlier_in_its_sentence() -> None:
    text = ("Gaza fighting\n\nGAZA (Reuters) - Israeli troops raided the Jabaliya camp on Monday. Islamic Jihad claimed an "
            "attack on an Israeli patrol last week.\n\nHamas gunmen fired rockets at Israeli troops in Gaza, and the "
            "militant group said it would keep firing at Sderot.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Hamas", "ATTACKS", "Sderot") in found or ("Hamas", "THREATENS", "Sderot") in found, found
    assert not any(s == "Islamic Jihad" and o == "Sderot" for s, _, o in found), found


_LIBYA = "Libya fighting\n\nTRIPOLI (Reuters) - Fighting in Libya spread to the southern suburbs of Tripoli on Monday.\n\n"


def test_backing_received_or_fought_with_comes_from_its_owner() -> None:
    """ "has won Russian backing", "with Emirati help", "has had the backing of Turkey and Qatar": the owner backs
    the one who has it, never the other way round."""
    text = _LIBYA + ("Haftar's army, which has won Russian backing, took the town of Gharyan with Emirati help.\n\n"
                     "The Government of National Accord, which has had the backing of both Turkey and Qatar, said it would defend the capital.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Russia", "SUPPORTS", "Libyan National Army") in found, found
    assert ("United Arab Emirates", "SUPPORTS", "Libyan National Army") in found, found
    assert not any(o in ("Turkey", "Qatar") and r == "SUPPORTS" for _, r, o in found), found


def test_forces_sent_to_an_actor_are_aid_and_a_known_name_stays_a_person() -> None:
    text = _LIBYA + "Turkey accused the United Arab Emirates of sending drones and weapons to Haftar.\n"
    found = edges(ng.extract_text(text), negated=False)
    assert ("United Arab Emirates", "PROVIDES_AID", "Khalifa Haftar") in found, found
    assert not any(r == "DEPLOYS_TO" for _, r, _ in found), found


def test_the_governments_fighters_are_its_forces_and_an_advance_with_a_clause_after_it() -> None:
    text = _LIBYA + ("Forces loyal to Khalifa Haftar pushed toward Tripoli on Tuesday as fighting spread to the suburbs.\n\n"
                     "The government's fighters shelled Haftar's positions.\n\n"
                     "The United States said Egypt bears full responsibility for the escalation.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Khalifa Haftar", "ATTACKS", "Tripoli") in found, found
    assert not any(n == "Libyan rebels" for e in found for n in (e[0], e[2])), found
    assert ("United States", "CRITICIZES", "Egypt") in found, found


_GUAVIARE = ("Colombian Troops Push Into Rebel Jungle\n\nBOGOTA, Colombia (AP) - About 10,000 Colombian troops pushed into the "
             "jungles of Guaviare province on Tuesday in a new offensive against the Revolutionary Armed Forces of Colombia, "
             "army commander Gen. Carlos Ospina said.\n\n")


def test_an_offensive_a_verb_is_done_in_is_its_subjects() -> None:
    found = edges(ng.extract_text(_GUAVIARE), negated=False)
    assert ("Colombia", "ATTACKS", "FARC") in found, found
    died = edges(ng.extract_text("Colombia fighting\n\nBOGOTA, Colombia (AP) - Fighting in Colombia went on. Three Peruvian "
                                 "traders died in an attack on the FARC near the border, police in Colombia said.\n"), negated=False)
    assert not any(s == "Peru" for s, _, _ in died), died


def test_abbreviated_military_titles_people_of_bodies_and_a_persons_armed_group() -> None:
    text = _GUAVIARE + ("Kenyan Gen. Daniel Opande arrived in Bogota on Wednesday.\n\n"
                        "Rodrigo Granda of the FARC was arrested in Caracas.\n\n"
                        "Carlos Castano's United Self-Defense Forces of Colombia agreed to disarm.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Daniel Opande", "MEMBER_OF", "Kenya") in found, found
    assert ("Rodrigo Granda", "MEMBER_OF", "FARC") in found, found
    assert ("Carlos Castano", "LEADS", "United Self-Defense Forces of Colombia") in found, found


def test_both_sides_are_the_two_the_story_shows_fighting() -> None:
    """With no pair written together, "both sides" are the two actors the article has shown fighting or accusing
    each other, not the last two named; an attack on "its positions" in a clause after the main one hits the main
    clause's subject."""
    text = ("Ethiopia strikes Eritrean positions\n\nADDIS ABABA (Reuters) - Ethiopia shelled Eritrean army posts near Badme on "
            "Thursday after Eritrean troops fired rockets at its positions, the Ethiopian military said.\n\n"
            "Eritrea accused Ethiopia of aggression. Djibouti said it had closed its border. Sudan said it was worried.\n\n"
            "Egypt, which has close ties with Sudan, urged both sides to show restraint.\n")
    found = edges(ng.extract_text(text), negated=False)
    urged = objects_of(found, "Egypt", "APPEALS_TO")
    assert urged == {"Ethiopia", "Eritrea"}, found
    assert ("Eritrea", "ATTACKS", "Ethiopia") in found, found


def test_it_is_an_actor_that_acted_not_a_place_talked_about() -> None:
    text = ("Missile over Hokkaido\n\nTOKYO (Reuters) - North Korea fired a ballistic missile over Japan on Tuesday. Prime Minister "
            "Fumio Kishida condemned it as an outrageous act, and the government lodged a protest.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Fumio Kishida", "CRITICIZES", "North Korea") in found, found
    assert not any(s == "Fumio Kishida" and o == "Japan" and r == "CRITICIZES" for s, r, o in found), found


def test_naming_a_group_a_terrorist_opposes_or_sanctions_it() -> None:
    text = ("Turkey shells Kurdish positions\n\nANKARA (Reuters) - Turkey shelled Kurdish positions in northern Syria on Sunday. "
            "Turkey, which regards the PYD as a terrorist group, said the strikes would continue. The PKK is designated as a "
            "terrorist organisation by the European Union.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Turkey", "OPPOSES", "PYD") in found or ("Turkey", "OPPOSES", "Democratic Union Party") in found, found
    assert ("European Union", "SANCTIONS", "PKK") in found, found
    assert ("Turkey", "ATTACKS", "Kurdish forces") in found, found  # positions a people's fighters hold are theirs
    ally = edges(ng.extract_text("Gulf ties\n\nDOHA (Reuters) - Qatar regards Turkey as a close ally, officials in Qatar said.\n"), negated=False)
    assert not any(r in ("OPPOSES", "SANCTIONS") for _, r, _ in ally), ally


def test_the_capital_is_the_story_states_capital_city() -> None:
    text = ("Rebels near Bangui\n\nBANGUI, Central African Republic (Reuters) - Rebels seized the town of Damara on Sunday as the "
            "crisis in the Central African Republic deepened.\n\nThe rebels closed in on the capital on Monday. The country "
            "needs foreign capital, the finance minister said.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert any(r == "ATTACKS" and o == "Bangui" for _, r, o in found), found


def test_setting_fire_to_and_executing_attack() -> None:
    text = ("Violence in Haiti\n\nPORT-AU-PRINCE, Haiti (AP) - Violence spread across Haiti on Sunday as the crisis deepened.\n\n"
            "Rebels set fire to the police station in Hinche overnight. Rebels executed three policemen in Cap-Haitien, witnesses "
            "said. The government executed its plan to retake the north.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert sum(1 for s, r, o in found if s == "Haitian rebels" and r == "ATTACKS" and o == "Haitian police") >= 1, found
    assert not any(s == "Haiti" and r == "ATTACKS" for s, r, _ in found), found


def test_troops_at_a_place_sent_to_help_an_army_or_pulled_out_were_deployed() -> None:
    text = ("Peacekeepers in Mali\n\nBAMAKO (Reuters) - Jihadist attacks in Mali have killed hundreds this year, the United Nations "
            "said on Monday.\n\nRussian mercenaries at Timbuktu airport were not hurt. Chad has sent 1,000 soldiers to help the "
            "Malian army. Sweden said it would pull its troops out of Mali by June. Senegal withdrew its ambassador from Paris.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Russia", "DEPLOYS_TO", "Timbuktu") in found, found
    assert ("Chad", "DEPLOYS_TO", "Mali") in found, found
    assert ("Sweden", "DEPLOYS_TO", "Mali") in found, found
    assert not any(s == "Senegal" and r == "DEPLOYS_TO" for s, r, _ in found), found


def test_mediators_of_the_talks_told_before_and_a_progressive_read_as_a_noun() -> None:
    text = ("Mindanao talks collapse\n\nMANILA (Reuters) - Talks between the Philippines and the Moro Islamic Liberation Front "
            "collapsed on Monday, officials in Manila said.\n\nThe talks, mediated by the Geneva-based Henry Dunant Centre, had "
            "run for two years. Malaysia, which is mediating between the two sides, urged calm.\n")
    found = edges(ng.extract_text(text), negated=False)
    for mediator in ("Henry Dunant Centre", "Malaysia"):
        assert objects_of(found, mediator, "NEGOTIATES_WITH") == {"Philippines", "Moro Islamic Liberation Front"}, found


def test_days_of_fighting_with_and_troops_read_as_a_participles_subject() -> None:
    text = ("Separatists take Mukalla\n\nMUKALLA, Yemen (Reuters) - Southern separatists seized most of Mukalla on Tuesday after "
            "three days of fighting with government forces in Yemen.\n\nWashington, which has some 2,000 troops in Syria helping "
            "to fight Islamic State, urged calm.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Yemen", "ATTACKS", "Yemeni separatists") in found or ("Yemeni separatists", "ATTACKS", "Yemen") in found, found
    assert ("United States", "DEPLOYS_TO", "Syria") in found, found


def test_an_attack_wanted_or_planned_is_a_threat_and_one_wanted_of_another_an_appeal() -> None:
    text = ("Border crisis\n\nBAKU (Reuters) - Azerbaijan wants Turkey to strike Armenia. Armenia plans to attack Azerbaijan, "
            "officials in Baku said.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Azerbaijan", "APPEALS_TO", "Turkey") in found and not any(s == "Turkey" and r == "ATTACKS" for s, r, _ in found), found
    assert ("Armenia", "THREATENS", "Azerbaijan") in found and ("Armenia", "ATTACKS", "Azerbaijan") not in found, found


def test_a_place_held_or_called_a_stronghold_is_a_place_even_when_it_looks_like_a_name() -> None:
    text = ("Fighting in northern Mali\n\nGAO, Mali (Reuters) - Fighting in Mali's north intensified on Monday, officials in Mali "
            "said. Air strikes in Mali's Gao region hit two camps.\n\nTin Zaouaten had been controlled by insurgents since 2015. "
            "Anefis Ag Intalla is a rebel stronghold.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert any(r == "CONTROLS" and o == "Tin Zaouaten" for _, r, o in found), found
    assert not any(r == "ATTACKS" and o in ("Tin Zaouaten", "Anefis Ag Intalla") for _, r, o in found), found


def test_a_groups_titled_leader_speaks_for_the_group() -> None:
    """ "ONLF chairman X vowed ..." makes X the group's side, so "both sides" can be the state and the group."""
    text = ("Ethiopian troops capture rebel base\n\nADDIS ABABA (Reuters) - Ethiopian troops captured the main base of the Ogaden "
            "National Liberation Front (ONLF) on Sunday after weeks of shelling, officials in Ethiopia said.\n\n"
            "ONLF chairman Mohamed Omar Osman vowed to fight on.\n\n"
            "Kenya, which had offered to host new talks, urged both sides to return to the table.\n")
    found = edges(ng.extract_text(text), negated=False)
    urged = objects_of(found, "Kenya", "APPEALS_TO")
    assert urged == {"Ethiopia", "Ogaden National Liberation Front"}, found


def test_a_deed_named_again_by_its_noun_is_criticised_in_its_doer() -> None:
    """ "condemned the launch / the assassination / the siege": the doer of the deed an earlier
    sentence told with a matching verb — and no one when no such deed was told."""
    text = ("Rebels fire rocket at Kampala airport\n\nKAMPALA (Reuters) - The Lord's Resistance Army fired a rocket at Uganda's main "
            "airport on Friday, officials in Uganda said.\n\nThe United States condemned the launch.\n\nKenyan troops killed the "
            "LRA commander Okot Odhiambo in an ambush on Saturday. Amnesty International condemned the assassination.\n\n"
            "Human Rights Watch condemned the execution.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("United States", "CRITICIZES", "Lord's Resistance Army") in found, found
    assert ("Amnesty International", "CRITICIZES", "Kenya") in found, found
    assert not any(s == "Human Rights Watch" and r == "CRITICIZES" for s, r, _ in found), found


def test_forces_that_are_in_a_place_are_deployed_there() -> None:
    text = ("Training mission extended\n\nBAMAKO (Reuters) - The European Union extended its training mission in Mali on Friday, "
            "officials in Mali said.\n\nAround 1,000 German troops are in Mali to train the Malian army.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Germany", "DEPLOYS_TO", "Mali") in found, found


def test_six_signatories_of_a_joint_statement_are_not_fifteen_partnerships() -> None:
    text = ("Powers demand withdrawal\n\nTRIPOLI (Reuters) - Fighting in Libya spread on Monday, officials in Libya said.\n\n"
            "The United States, Canada, Japan, Norway, Sweden and Denmark issued a joint statement demanding a ceasefire.\n\n"
            "Egypt and Tunisia issued a joint statement on the border.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert not any(r == "COOPERATES_WITH" and s in ("Canada", "Japan", "Norway") for s, r, _ in found), found
    assert ("Egypt", "COOPERATES_WITH", "Tunisia") in found or ("Tunisia", "COOPERATES_WITH", "Egypt") in found, found


def test_a_country_analyst_studies_the_country_and_does_not_serve_it() -> None:
    text = ("Talks stall\n\nAMMAN (Reuters) - Talks on Iraq stalled on Monday, officials in Iraq said.\n\n"
            "\"Nobody wants to give ground,\" said Omar Khalidi, an Iraq analyst at the Tigris Policy Institute in Amman.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Omar Khalidi", "MEMBER_OF", "Tigris Policy Institute") in found, found
    assert ("Omar Khalidi", "MEMBER_OF", "Iraq") not in found, found


def test_calling_an_act_appropriate_or_justified_is_no_criticism() -> None:
    text = ("Strikes on Syria\n\nANKARA (Reuters) - British and French jets bombed Syria on Saturday.\n\n"
            "Turkey called the strikes an appropriate response. Iran called the strikes a crime.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert not any(s == "Turkey" and r == "CRITICIZES" for s, r, _ in found), found
    assert any(s == "Iran" and r == "CRITICIZES" for s, r, _ in found), found


def test_a_finite_verb_joined_to_an_accused_gerund_is_the_accusers() -> None:
    """ "X accused Y of V-ing Z and criticised W": the parser joins "criticised" to the gerund; X criticises."""
    text = ("Gas attack\n\nWASHINGTON (Reuters) - President Joe Biden accused Assad of gassing civilians and criticised Russia "
            "and Iran for standing by him.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Joe Biden", "CRITICIZES", "Russia") in found, found
    assert ("Bashar al-Assad", "CRITICIZES", "Russia") not in found, found


def test_rebels_a_state_backs_fight_for_themselves_and_are_of_the_state_they_fight() -> None:
    text = ("Syria talks\n\nMOSCOW (Reuters) - Iran and Russia back President Bashar al-Assad. Turkey, which backs rebels "
            "fighting Assad, said on Monday it would attend the talks.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Turkey", "ATTACKS", "Bashar al-Assad") not in found, found
    assert ("Turkey", "SUPPORTS", "Syrian rebels") in found and ("Syrian rebels", "ATTACKS", "Bashar al-Assad") in found, found


def test_the_government_of_a_named_president_is_his_state_not_the_hosts() -> None:
    text = ("Yemen talks open in Kuwait\n\nKUWAIT (Reuters) - Kuwait hosted talks in Kuwait City between the Saudi-backed "
            "government of Abd-Rabbu Mansour Hadi, the Yemeni president, and the Houthi movement on Monday.\n\n"
            "The talks will resume in May, officials in Kuwait said.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Saudi Arabia", "SUPPORTS", "Yemen") in found and ("Yemen", "MEETS", "Houthis") in found, found
    assert ("Saudi Arabia", "SUPPORTS", "Kuwait") not in found, found


def test_the_venue_of_talks_does_not_name_the_sentences_government() -> None:
    text = ("Rebels quit talks\n\nKHARTOUM, Sudan (Reuters) - Fighting in Sudan's Kordofan region went on, officials in Sudan said.\n\n"
            "The Sudan Liberation Army walked out of peace talks in Addis Ababa last week, accusing government gunships of "
            "bombing villages in Darfur.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Sudan Liberation Army", "CRITICIZES", "Sudan") in found and not any(o == "Ethiopia" for _, _, o in found), found


def test_a_title_split_off_a_name_is_no_one() -> None:
    text = ("Prisoners freed\n\nBEIRUT (Reuters) - Hezbollah leader Sheik Hassan Nasrallah greeted freed prisoners at Beirut "
            "airport on Thursday.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Hassan Nasrallah", "LEADS", "Hezbollah") in found and not any(s == "Sheik" for s, _, _ in found), found


def test_a_state_leading_un_peacekeepers_does_not_lead_the_un() -> None:
    text = ("Raid in Haiti\n\nPORT-AU-PRINCE, Haiti (Reuters) - Haitian police backed by Chilean-led U.N. peacekeepers "
            "raided a slum in Haiti's capital on Friday, officials in Haiti said.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Chile", "LEADS", "United Nations") not in found, found


def test_a_leader_elected_by_a_states_parliament_abroad_leads_that_state() -> None:
    text = ("Somalia picks leader\n\nNAIROBI, Kenya (Reuters) - Kenya hosted the vote.\n\nSomalia's transitional parliament, "
            "meeting in neighbouring Kenya, elected Abdullahi Yusuf, a veteran warlord, as the country's president on Sunday.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Abdullahi Yusuf", "LEADS", "Somalia") in found and ("Abdullahi Yusuf", "LEADS", "Kenya") not in found, found


def test_rebels_are_named_by_the_word_the_article_first_calls_them() -> None:
    """ "insurgents" stay insurgents (as an analyst reading the story would name them), and a later
    "the rebels" in the same story is the same group, not a second node."""
    text = ("Car bomb kills Iraqi police\n\nKIRKUK, Iraq (AP) - Insurgents detonated a car bomb in Kirkuk, killing 12 Iraqi "
            "policemen. Violence in Iraq has risen.\n\nIraqi troops later attacked the rebels near Hawija.\n")
    found = edges(ng.extract_text(text), negated=False)
    names = {n for s, _, o in found for n in (s, o)}
    assert "Iraqi insurgents" in names and "Iraqi rebels" not in names, found


def test_a_titled_presidents_government_is_the_stories_state_and_a_denied_charge_still_accuses() -> None:
    """ "President X's government accused Y of Z, a charge Y denied": the parser hangs "accused" under
    "denied"; the accusation itself stands (only the charge is denied)."""
    text = ("Congo accuses neighbour\n\nKINSHASA, Congo (Reuters) - Fighting in Congo's east spread on Monday, officials in Congo "
            "said. Rebels advanced in Congo's North Kivu province.\n\nPresident Laurent Kabila's government accused Uganda of "
            "sending troops across the border to help the rebels, a charge Kampala denied.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Democratic Republic of the Congo", "CRITICIZES", "Uganda") in found, found


def test_the_broker_of_a_deal_negotiates_with_its_parties() -> None:
    text = ("Truce holds\n\nCOLOMBO, Sri Lanka (Reuters) - Fighting in Sri Lanka eased on Monday, officials in Sri Lanka said.\n\n"
            "The government, which has observed a Norwegian-brokered ceasefire with the Tamil Tigers since 2002, said its troops "
            "would stay out of the fighting.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert objects_of(found, "Norway", "NEGOTIATES_WITH") == {"Sri Lanka", "Liberation Tigers of Tamil Eelam"}, found


def test_both_factions_are_the_two_sides_never_a_mediators_own() -> None:
    text = ("Crisis in Kyrgyzstan\n\nBISHKEK, Kyrgyzstan (Reuters) - President Kurmanbek Bakiyev's government clashed with the "
            "Kyrgyz opposition in Bishkek on Monday. The opposition accused the government of fraud.\n\n"
            "Kazakh President Nursultan Nazarbayev and Turkish President Abdullah Gul agreed to mediate between the two factions.\n")
    found = edges(ng.extract_text(text), negated=False)
    for mediator in ("Nursultan Nazarbayev", "Abdullah Gul"):
        assert objects_of(found, mediator, "NEGOTIATES_WITH") == {"Kyrgyzstan", "Kyrgyz opposition"}, found


def test_rebels_placed_in_a_region_of_conflict_are_named_by_its_people() -> None:
    """ "separatist rebels in Chechnya" are Chechen rebels, not the story state's ("Russian rebels")."""
    text = ("Raid in Ingushetia\n\nNAZRAN, Russia (Reuters) - Fighting in Russia's south spread, officials in Russia said. Russian "
            "forces have fought separatist rebels in neighbouring Chechnya since 1999.\n\nMilitants in Kashmir attacked an Indian "
            "army convoy on Monday.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Russia", "ATTACKS", "Chechen rebels") in found and not any("Russian rebels" in (s, o) for s, _, o in found), found
    assert ("Kashmiri militants", "ATTACKS", "Indian army") in found, found


def test_unnamed_forces_in_what_a_state_says_are_its_own() -> None:
    text = ("Strikes in Syria\n\nMOSCOW (Reuters) - Fighting in Syria went on, officials in Syria said.\n\nRussia's Defence Ministry "
            "said a frigate had fired cruise missiles at Islamic State positions near the city. Syria's army said gunmen had "
            "fired at Turkish troops.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Russia", "ATTACKS", "Islamic State") in found, found
    assert not any(s == "Syria" and o == "Turkey" for s, _, o in found), found


def test_an_offensive_launched_to_take_a_place_attacks_it_and_one_only_planned_does_not() -> None:
    text = ("Offensive in Iraq\n\nBAGHDAD (Reuters) - Fighting in Iraq went on, officials in Iraq said.\n\nIraqi forces launched an "
            "offensive on Sunday to drive Islamic State out of the town. Turkey plans an offensive to crush the PKK.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Iraq", "ATTACKS", "Islamic State") in found, found
    assert ("Turkey", "ATTACKS", "Kurdistan Workers' Party") not in found and ("Turkey", "ATTACKS", "PKK") not in found, found


def test_a_capital_and_much_of_a_region_are_both_held() -> None:
    """ "who hold Sanaa and most of northern Yemen": two places, both Yemen's (not one, deduplicated by their state)."""
    text = ("War in Yemen\n\nADEN, Yemen (Reuters) - Fighting in Yemen went on, officials in Yemen said.\n\nThe Houthis, who hold "
            "Sanaa and most of northern Yemen, rejected the plan.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert objects_of(found, "Houthis", "CONTROLS") == {"Sanaa", "northern Yemen"}, found


def test_monitors_of_a_body_in_a_place_are_deployed_there() -> None:
    text = ("Truce monitors\n\nKHARTOUM, Sudan (Reuters) - Fighting in Sudan eased, officials in Sudan said. The African Union has "
            "300 monitors in Darfur.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("African Union", "DEPLOYS_TO", "Darfur") in found, found


def test_a_former_leaders_forces_are_his_own_not_the_states() -> None:
    text = ("Yemen\n\nADEN, Yemen (Reuters) - Fighting in Yemen went on, officials in Yemen said.\n\nFormer President Ali Abdullah "
            "Saleh, whose forces are allied with the Houthis, urged his supporters to mobilise.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Ali Abdullah Saleh", "ALLIED_WITH", "Houthis") in found and ("Yemen", "ALLIED_WITH", "Houthis") not in found, found


def test_people_attacking_a_bodys_offices_at_home_attack_the_body_not_their_own_city() -> None:
    text = ("Congo\n\nKINSHASA, Congo (Reuters) - Fighting in Congo went on, officials in Congo said.\n\nThousands of Congolese "
            "protesters attacked U.N. offices in Kinshasa on Monday. Rwandan jets hit a Congolese army base in Goma.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Congolese protesters", "ATTACKS", "United Nations") in found and ("Congolese protesters", "ATTACKS", "Kinshasa") not in found, found
    assert ("Rwanda", "ATTACKS", "Goma") in found, found


def test_faction_leaders_named_by_a_capital_lead_factions_not_the_state() -> None:
    text = ("Somalia\n\nNAIROBI, Kenya (Reuters) - Somalia's parliament met in Kenya. Several Mogadishu faction leaders, including "
            "Hussein Aidid and Osman Atto, pledged to work with the new government.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert not any(r == "LEADS" and o == "Somalia" and s in ("Hussein Aidid", "Osman Atto") for s, r, o in found), found


def test_meeting_resistance_or_a_deadline_is_no_meeting() -> None:
    text = ("Libya\n\nTRIPOLI (Reuters) - Fighting in Libya went on, officials in Libya said. The Libyan National Army captured "
            "Brega, meeting little resistance from the Petroleum Facilities Guard. Haftar met Russian officials.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert not any(r == "MEETS" and "Petroleum Facilities Guard" in (s, o) for s, r, o in found), found
    assert ("Khalifa Haftar", "MEETS", "Russia") in found, found


def test_rights_groups_are_one_actor_and_their_charge_stands_when_officials_deny_it() -> None:
    text = ("Crackdown in Egypt\n\nCAIRO (Reuters) - Violence in Egypt went on, officials in Egypt said.\n\nRights groups accuse "
            "the Egyptian government of using the fight against militants to crush dissent, a charge officials deny.\n\n"
            "Canada called for the release of jailed women's rights activists.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("human rights groups", "CRITICIZES", "Egypt") in found, found
    assert not any("human rights groups" in (s, o) and "Canada" in (s, o) for s, _, o in found), found


def test_a_peoples_rebel_leader_leads_that_peoples_rebels_and_an_hour_of_talks_holds_no_city() -> None:
    text = ("Siege and talks\n\nMOSCOW (Reuters) - Fighting in Russia went on, officials in Russia said. Chechen rebel leader "
            "Shamil Basayev claimed responsibility on Friday.\n\nThe two leaders held more than an hour of talks at a "
            "Geneva hotel on Friday.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert objects_of(found, "Shamil Basayev", "LEADS") == {"Chechen rebels"}, found
    assert not any(r == "CONTROLS" and o == "Geneva" for _, r, o in found), found


def test_a_known_name_the_ner_cut_before_a_possessive_is_whole() -> None:
    text = ("Manila\n\nMANILA, Philippines (Reuters) - President Gloria Macapagal Arroyo's government has accused rebel "
            "commanders of sheltering militants.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Gloria Macapagal Arroyo", "LEADS", "Philippines") in found and not any(s == "Gloria Macapagal" for s, _, _ in found), found


def test_a_named_apposition_after_an_opening_phrase_is_the_subject() -> None:
    text = ("Caracas rally\n\nCARACAS (Reuters) - Protests in Venezuela went on, officials in Venezuela said. At a rally in the "
            "capital on Sunday, Maduro, the socialist leader, denounced the United States. In his weekly address, Duque, a close "
            "U.S. ally, accused Venezuela of sheltering guerrillas.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Nicolás Maduro", "CRITICIZES", "United States") in found, found
    assert ("Duque", "CRITICIZES", "Venezuela") in found, found


def test_a_launch_named_again_is_criticism_of_whoever_fired_it() -> None:
    text = ("Missile over the sea\n\nSEOUL (Reuters) - North Korea test-fired an intermediate-range missile into the sea "
            "on Friday, officials in South Korea said. The South Korean president condemned the launch as a reckless provocation.\n\n"
            "Oil prices rose on Friday.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("South Korea", "CRITICIZES", "North Korea") in found, found


def test_an_anti_prefixed_title_names_the_foe_not_the_owner() -> None:
    text = ("Kabul\n\nKABUL (Reuters) - Fighting in Afghanistan went on, officials in Afghanistan said. The anti-Taliban commander "
            "Ismail Khan met the governor on Monday. An anti-Taliban commander accused Pakistan of arming militants. "
            "Taliban commander Mullah Omar was seen in Kandahar.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Ismail Khan", "OPPOSES", "Taliban") in found, found
    assert not any(r in ("MEMBER_OF", "CRITICIZES") and s in ("Ismail Khan", "Taliban") and o in ("Taliban", "Pakistan")
                   for s, r, o in found), found
    assert ("Mullah Mohammad Omar", "MEMBER_OF", "Taliban") in found, found


def test_troops_kept_at_a_base_in_a_place_are_deployed_there() -> None:
    text = ("Sahel\n\nNIAMEY (Reuters) - Fighting in the Sahel went on, officials in Niger said. Germany keeps about 100 "
            "soldiers at an air base in Niamey, and France keeps troops at a camp near Gao.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Germany", "DEPLOYS_TO", "Niamey") in found, found


def test_forces_sent_or_pledged_for_a_mission_in_a_place_are_deployed_there() -> None:
    text = ("Peacekeepers\n\nADDIS ABABA (Reuters) - The African Union met in Ethiopia, officials in Ethiopia said. Ghana pledged "
            "800 soldiers to the regional force in Mali, and Rwanda will send observers to monitor the ceasefire in Darfur.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Ghana", "DEPLOYS_TO", "Mali") in found, found
    assert ("Rwanda", "DEPLOYS_TO", "Darfur") in found, found


def test_a_finite_verb_joined_to_an_infinitive_or_a_reported_perfect_keeps_the_main_subject() -> None:
    text = ("Korean talks\n\nBEIJING (Reuters) - Tension in Korea rose, officials in China said. China urged North Korea to halt "
            "its tests and called on Washington to resume talks.\n\nGuterres said two convoys had been stopped at the border "
            "and urged Ethiopia to let the trucks through.\n\nRussia said it had sold jets to Syria and sent advisers.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("China", "APPEALS_TO", "United States") in found, found
    assert ("António Guterres", "APPEALS_TO", "Ethiopia") in found, found
    assert not any(r == "PROVIDES_AID" and s == "China" for s, r, o in found), found


def test_a_deed_in_support_of_someone_and_a_right_to_self_defence_are_support() -> None:
    text = ("Sahel strikes\n\nBAMAKO (Reuters) - Fighting in Mali went on, officials in Mali said. French jets bombed militant "
            "camps in support of Malian troops on Monday.\n\nThe State Department said Mali had the right to defend itself. "
            "Algeria said Mali did not have the right to respond.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("France", "SUPPORTS", "Malian army") in found or ("France", "SUPPORTS", "Mali") in found, found
    assert ("United States", "SUPPORTS", "Mali") in found, found
    assert ("Algeria", "SUPPORTS", "Mali") not in found, found


def test_an_operation_against_a_group_and_a_fight_told_after_its_duration_are_attacks() -> None:
    text = ("Sahel fighting\n\nNIAMEY (Reuters) - Fighting in Niger went on, officials in Niger said. Niger's army began an "
            "operation against Boko Haram on Saturday. Tuareg rebels have fought for two decades against the government of Mali.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Nigerien army", "ATTACKS", "Boko Haram") in found, found
    assert any(s == "Tuareg rebels" and r == "ATTACKS" and o == "Mali" for s, r, o in found), found


def test_driving_a_group_out_of_a_place_takes_the_place_but_never_a_state() -> None:
    text = ("Sahel offensive\n\nGAO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Malian troops drove the "
            "militants out of Kidal on Monday. France chased the jihadists from the town of Tessalit. Chad drove the rebels out of Mali.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert any(r == "CONTROLS" and o == "Kidal" for s, r, o in found), found
    assert ("France", "CONTROLS", "Tessalit") in found, found
    assert not any(r == "CONTROLS" and o == "Mali" for s, r, o in found), found


def test_a_place_called_a_groups_stronghold_and_a_facility_seized_in_a_town_are_held() -> None:
    text = ("Sahel\n\nGAO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Kidal, a stronghold of Tuareg "
            "rebels, fell on Friday. French troops seized the airport in Tessalit.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Tuareg rebels", "CONTROLS", "Kidal") in found, found
    assert ("France", "CONTROLS", "Tessalit") in found, found


def test_smuggling_or_airlifting_arms_to_a_group_is_aid() -> None:
    text = ("Arms routes\n\nTRIPOLI (Reuters) - Fighting in Libya went on, officials in Libya said. The United Arab Emirates "
            "has airlifted weapons to Haftar's forces, and Turkey smuggled drones to the Tripoli government.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert any(s == "United Arab Emirates" and r == "PROVIDES_AID" for s, r, o in found), found
    assert any(s == "Turkey" and r == "PROVIDES_AID" for s, r, o in found), found


def test_eliminating_or_wiping_out_a_group_is_an_attack_and_vowing_it_a_threat() -> None:
    text = ("Somalia\n\nMOGADISHU (Reuters) - Fighting in Somalia went on, officials in Somalia said. Kenyan troops wiped out an "
            "al Shabaab cell near Kismayo. Somalia vowed to eliminate al Shabaab. The new law would eliminate fees.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Kenya", "ATTACKS", "al-Shabaab") in found, found
    assert ("Somalia", "THREATENS", "al-Shabaab") in found, found


def test_army_helicopters_and_troops_unqualified_are_the_story_states_army() -> None:
    text = ("Sahel offensive\n\nGAO, Mali (Reuters) - Tuareg rebels seized the town of Menaka in northern Mali on Monday, officials "
            "said. Army helicopters attacked rebel columns near the river. Army troops shelled Kidal.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Malian army", "ATTACKS", "Tuareg rebels") in found, found
    assert ("Malian army", "ATTACKS", "Kidal") in found, found


def test_both_the_army_and_the_rebels_are_both_objects() -> None:
    text = ("Sahel abuses\n\nGAO, Mali (Reuters) - Tuareg rebels seized the town of Menaka in northern Mali on Monday, officials "
            "said. Amnesty International accused both the army and the rebels of abusing prisoners.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {"Malian army", "Tuareg rebels"} <= objects_of(found, "Amnesty International", "CRITICIZES"), found


def test_calling_actors_criminals_or_traitors_is_criticism_and_calling_officials_is_not() -> None:
    text = ("Sahel row\n\nALGIERS (Reuters) - Fighting in Mali went on, officials in Mali said. Algeria called Mali and Niger "
            "traitors. Niger called the Malian government criminals. Morocco called Malian officials on Monday.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {"Mali", "Niger"} <= objects_of(found, "Algeria", "CRITICIZES"), found
    assert ("Niger", "CRITICIZES", "Mali") in found, found
    assert ("Morocco", "CRITICIZES", "Mali") not in found, found


def test_forces_pushing_into_a_region_attack_it_not_their_allies() -> None:
    text = ("Sahel offensive\n\nGAO, Mali (Reuters) - Tuareg rebels seized the town of Menaka in northern Mali on Monday, officials "
            "said. Malian troops and allied militias pushed into the rebel-held Kidal region.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Mali", "ATTACKS", "Kidal") in found, found
    assert ("Tuareg rebels", "CONTROLS", "Kidal") in found, found
    assert not any(s == "Mali" and r == "ATTACKS" and o.startswith("militias") for s, r, o in found), found


def test_abbreviated_ranks_do_not_end_the_sentence_and_are_no_part_of_the_name() -> None:
    text = ("Sahel offensive\n\nGAO, Mali (Reuters) - Tuareg rebels seized the town of Menaka in northern Mali on Monday, officials "
            "said. Military spokesman Maj. Gen. Souleymane Dembele said the army had retaken the airport. An army spokesman, "
            "Major Modibo Traore, denied the report. The junta, headed by Brig. Moussa Keita, said it would hold elections.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Souleymane Dembele", "MEMBER_OF", "Malian army") in found, found
    assert ("Modibo Traore", "MEMBER_OF", "Malian army") in found, found
    assert ("Moussa Keita", "LEADS", "Mali") in found, found
    assert not any(s in ("Maj", "Brig", "Brig.") or o in ("Lt.", "Brig.") for s, r, o in found), found


def test_an_army_chief_named_with_his_army_leads_it() -> None:
    text = ("Sahel offensive\n\nGAO, Mali (Reuters) - Tuareg rebels seized the town of Menaka in northern Mali on Monday, officials "
            "said. Army chief General Salif Traore said the rebels had fled.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Salif Traore", "LEADS", "Malian army") in found, found
    assert ("Salif Traore", "MEMBER_OF", "Malian army") not in found, found


def test_forces_stationed_in_a_relative_clause_or_sent_in_the_passive_to_guard_a_place_are_deployed() -> None:
    text = ("Sahel deployments\n\nGAO, Mali (Reuters) - Tuareg rebels seized the town of Menaka in northern Mali on Monday, officials "
            "said. The Russian battalion, which is stationed in Bamako, was not involved. Hundreds of Chadian troops were sent from "
            "Ndjamena to guard the airport in Gao.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Russia", "DEPLOYS_TO", "Bamako") in found, found
    assert ("Chad", "DEPLOYS_TO", "Gao") in found, found


def test_peace_talks_are_negotiations_and_money_pledged_for_a_state_is_aid() -> None:
    text = ("Sahel diplomacy\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Peace talks between Mali "
            "and the Tuareg rebels resumed on Monday. Mali held talks with Senegal. Washington has pledged $50 million for Mali. "
            "France pledged support for the plan.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Mali", "NEGOTIATES_WITH", "Tuareg rebels") in found, found
    assert ("Mali", "MEETS", "Tuareg rebels") not in found, found
    assert ("Mali", "MEETS", "Senegal") in found, found
    assert ("United States", "PROVIDES_AID", "Mali") in found, found
    assert not any(s == "France" and r == "PROVIDES_AID" for s, r, o in found), found


def test_an_armed_wing_a_news_agency_or_a_broadcaster_named_in_apposition_belongs_to_its_owner() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Mali's state broadcaster ORTM said "
            "the rebels had fled. Ansar Dine's armed wing, the Ansar Brigades, claimed the attack.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("ORTM", "MEMBER_OF", "Mali") in found, found
    assert ("Ansar Brigades", "MEMBER_OF", "Ansar Dine") in found, found


def test_holding_someone_responsible_or_saying_they_are_to_blame_is_criticism() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Algeria held Russia responsible "
            "for the massacre. The UN said Russia was to blame for the killings. Algeria held talks with Niger.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Algeria", "CRITICIZES", "Russia") in found, found
    assert ("United Nations", "CRITICIZES", "Russia") in found, found
    assert ("Algeria", "CRITICIZES", "Niger") not in found, found


def test_a_reflexive_object_names_no_other_actor() -> None:
    text = ("Sahel\n\nNIAMEY (Reuters) - Fighting in Niger went on, officials in Niger said. The United States backed Niger's "
            "right to defend itself.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("United States", "SUPPORTS", "Niger") in found, found
    assert not any(s == "Niger" and o == "United States" for s, r, o in found), found


def test_fighting_for_someone_supports_them_but_fighting_for_a_place_or_a_cause_does_not() -> None:
    text = ("Levant\n\nBEIRUT (Reuters) - Fighting in Syria went on, officials in Syria said. Hezbollah fought for Assad in Syria. "
            "The rebels have fought for three years for independence. The army fought for Aleppo.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Hezbollah", "SUPPORTS", "Bashar al-Assad") in found, found
    assert not any(r == "SUPPORTS" and s != "Hezbollah" for s, r, o in found), found


def test_people_killed_in_unattributed_air_strikes_on_a_town_continue_the_last_bombing_told() -> None:
    text = ("Sahel air war\n\nBAMAKO, Mali (Reuters) - Malian warplanes bombed rebel towns in the north on Monday, officials said. "
            "Thirty civilians were killed in air strikes and rocket fire on the villages of Anefis and Aguelhok, residents said."
            "\n\nRebels attacked Gao on Tuesday. Ten people were killed in a car bombing on Kidal.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {"Anefis", "Aguelhok"} <= objects_of(found, "Mali", "ATTACKS"), found
    assert "Kidal" not in objects_of(found, "Mali", "ATTACKS"), found


def test_a_sides_rockets_or_mortar_bombs_that_hit_or_kill_attack_and_stored_ones_are_no_deployment() -> None:
    text = ("Sahel shelling\n\nBAMAKO, Mali (Reuters) - Tuareg rebels shelled towns in northern Mali on Monday, officials said. "
            "Rebel rockets hit Gao on Tuesday. Rebel mortar bombs killed three people in Mopti. Russian rockets in Kidal were seized.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {"Gao", "Mopti"} <= objects_of(found, "Tuareg rebels", "ATTACKS"), found
    assert ("Russia", "DEPLOYS_TO", "Kidal") not in found, found


def test_a_condemned_incursion_is_the_one_told_by_a_move_into_a_place() -> None:
    text = ("Gaza\n\nSDEROT, Israel (Reuters) - Fighting in Gaza went on, officials in Israel said. Israeli tanks stormed the town "
            "of Rafah on Monday. Hamas militants fired rockets at Ashkelon on Tuesday.\n\nEgypt condemned the incursion.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Egypt", "CRITICIZES", "Hamas") not in found, found


def test_two_named_sides_that_fought_each_other_attack_each_other_but_a_guessed_pair_does_not() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Ansar Dine and the MNLA have "
            "fought each other since 2012. JNIM and Islamic State fought against each other in Menaka.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("Ansar Dine", "ATTACKS", "MNLA"), ("MNLA", "ATTACKS", "Ansar Dine")} <= found, found
    assert {("JNIM", "ATTACKS", "Islamic State"), ("Islamic State", "ATTACKS", "JNIM")} <= found, found


def test_fighting_for_independence_or_autonomy_in_a_states_land_attacks_that_state() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. The MNLA, which has fought for "
            "independence in northern Mali since 2012, rejected the deal. Tuareg groups have fought for autonomy in Niger for "
            "decades. The rebels fought for control of Gao.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("MNLA", "ATTACKS", "Mali") in found, found
    assert ("Tuareg groups", "ATTACKS", "Niger") in found, found


def test_condemned_strikes_are_not_blamed_on_the_groups_a_relative_clause_describes() -> None:
    text = ("Border strikes\n\nISLAMABAD (AP) - Pakistan carried out airstrikes on militant hideouts in Iran on Thursday. "
            "Officials said the raids hit the Baluchistan Liberation Army, a group that has fought for independence in "
            "Pakistan's Baluchistan province for decades.\n\nIran condemned the strikes.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Iran", "CRITICIZES", "Baluchistan Liberation Army") not in found, found


def test_a_known_persons_body_title_without_an_owner_names_the_body_they_serve() -> None:
    text = ("UN urges restraint\n\nNEW YORK (Reuters) - Fighting in Mali went on, officials in Mali said. Secretary-General "
            "Antonio Guterres urged both sides to show restraint.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("António Guterres", "LEADS", "United Nations") in found, found


def test_troops_poured_into_a_region_and_the_first_of_a_contingent_arriving_are_deployed() -> None:
    text = ("Sahel deployments\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Niger has poured "
            "thousands of soldiers and armored vehicles into the border region of Tillaberi. The first of about 600 French soldiers "
            "arrived in Gao on Friday. Niger poured money into the project.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Niger", "DEPLOYS_TO", "Tillaberi") in found, found
    assert ("France", "DEPLOYS_TO", "Gao") in found, found


def test_targets_linked_to_a_group_the_outskirts_of_a_town_and_fighting_ones_way_in_are_attacks() -> None:
    text = ("Sahel attacks\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. French jets struck 30 "
            "targets in Mali linked to JNIM. The MNLA attacked two neighborhoods on the outskirts of Gao. The MNLA fought its "
            "way into Kidal. Malian tanks pushed into the Menaka camp on the Mali-Niger border.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("France", "ATTACKS", "JNIM") in found, found
    assert {"Gao", "Kidal"} <= objects_of(found, "MNLA", "ATTACKS"), found
    assert ("Mali", "ATTACKS", "Niger") not in found, found


def test_a_group_designated_a_terrorist_group_by_states_is_sanctioned_by_each() -> None:
    text = ("Kurdish conflict\n\nANKARA (Reuters) - Fighting in Turkey went on, officials in Turkey said. The PKK, designated a "
            "terrorist group by Turkey, Britain and the United States, has fought since 1984. Turkey designated the "
            "YPG a terrorist organisation.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("Turkey", "SANCTIONS", "PKK"), ("United States", "SANCTIONS", "PKK"), ("United Kingdom", "SANCTIONS", "PKK")} <= found, found
    assert ("Turkey", "SANCTIONS", "YPG") in found, found


def test_a_groups_unnamed_spokesman_speaks_for_it_and_bearing_the_consequences_is_a_threat() -> None:
    text = ("Sahel threats\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. \"France and Algeria "
            "have made a grave mistake and will bear the consequences,\" a JNIM spokesman said. An MNLA official accused Niger "
            "of bombing civilians.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {"France", "Algeria"} <= objects_of(found, "JNIM", "THREATENS"), found
    assert ("MNLA", "CRITICIZES", "Niger") in found, found


def test_working_with_or_alongside_an_actor_and_exercises_held_with_it_are_cooperation() -> None:
    text = ("Sahel cooperation\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Washington and Paris "
            "would work with Mali and Niger to make sure the deal holds. The United States held flight exercises with Chad's "
            "military last week. The rebels held exercises on Monday.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {"Mali", "Niger"} <= objects_of(found, "France", "COOPERATES_WITH"), found
    assert any(s == "United States" and r == "COOPERATES_WITH" and o.startswith("Chad") for s, r, o in found), found


def test_two_joined_verbs_share_the_object_the_second_one_takes() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Niger accused Algeria of arming "
            "and sending the MNLA. The rebels attacked and seized Gao.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Algeria", "PROVIDES_AID", "MNLA") in found, found
    assert {("Malian rebels", "ATTACKS", "Gao"), ("Malian rebels", "CONTROLS", "Gao")} <= found, found


def test_a_deed_opposed_or_rejected_as_a_gerund_is_not_done() -> None:
    text = ("Darfur\n\nKHARTOUM (Reuters) - Fighting in Darfur went on, officials in Sudan said. China opposed threatening Sudan "
            "with sanctions. Russia rejected attacking Iran. France opposed sending troops to Chad.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("China", "THREATENS", "Sudan") not in found, found
    assert ("Russia", "ATTACKS", "Iran") not in found, found
    assert ("France", "DEPLOYS_TO", "Chad") not in found, found


def test_striking_back_for_attacks_by_a_group_attacks_that_group_not_the_partner() -> None:
    text = ("Sahel strikes\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. French and Malian "
            "jets and drones hit more than 30 targets in northern Mali on Friday, retaliating for a wave of ambushes by JNIM "
            "on army convoys. Niger and Chad retaliated on Sunday.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("France", "ATTACKS", "JNIM"), ("Mali", "ATTACKS", "JNIM")} <= found, found
    assert not {("France", "ATTACKS", "Mali"), ("Mali", "ATTACKS", "France"), ("Niger", "ATTACKS", "Chad")} & found, found


def test_the_rebels_after_a_group_whose_known_form_ends_in_rebels_is_that_group() -> None:
    text = ("Yemen\n\nSANAA (Reuters) - Fighting in Yemen went on, officials in Yemen said. The Houthis launched drones at "
            "Saudi Arabia on Monday. Riyadh said its jets had bombed the rebels near Saada.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Saudi Arabia", "ATTACKS", "Houthis") in found, found


def test_those_called_on_to_act_are_the_doers_of_the_act_not_the_caller() -> None:
    text = ("Aden\n\nADEN, Yemen (Reuters) - Fighting in Aden went on, officials in Yemen said. Egypt and Jordan put out a "
            "statement calling on the factions to stop fighting.\n")
    found = edges(ng.extract_text(text))
    assert not any(r == "ATTACKS" and {s, o} == {"Egypt", "Jordan"} for s, r, o in found), found


def test_a_noun_deed_only_urged_is_not_done_unless_it_is_carried_on() -> None:
    text = ("Mali\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Assimi Goita called on "
            "Malians to launch attacks on JNIM. The MNLA called on its fighters to intensify attacks on the Malian army.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert not any(r == "ATTACKS" and o == "JNIM" for s, r, o in found), found
    assert ("Assimi Goita", "OPPOSES", "JNIM") in found, found
    assert any(s == "MNLA" and r == "ATTACKS" and o.startswith("Mali") for s, r, o in found), found


def test_both_governments_in_a_story_about_one_state_are_the_pair_that_clashed() -> None:
    text = ("Border\n\nDUSHANBE (Reuters) - Tajikistan and Kyrgyzstan signed a truce on Sunday after a week of fighting over "
            "water, officials said.\n\nThe OSCE and China urged both governments to keep the truce.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {"Tajikistan", "Kyrgyzstan"} <= objects_of(found, "China", "APPEALS_TO"), found


def test_calling_for_a_leader_to_resign_or_step_down_opposes_him() -> None:
    text = ("Politics\n\nBAMAKO, Mali (Reuters) - Protests in Mali went on, officials in Mali said.\n\nFrance has called for "
            "Keita to resign. ECOWAS called for President Ibrahim Boubacar Keita to step down. Soumaila Cisse said Keita must "
            "quit. Algeria did not call for Keita to resign. Niger said Keita had resigned.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("France", "OPPOSES", "Ibrahim Boubacar Keita"), ("ECOWAS", "OPPOSES", "Ibrahim Boubacar Keita"),
            ("Soumaila Cisse", "OPPOSES", "Ibrahim Boubacar Keita")} <= found, found
    assert not {("Algeria", "OPPOSES", "Ibrahim Boubacar Keita"), ("Niger", "OPPOSES", "Ibrahim Boubacar Keita")} & found, found


def test_suspending_or_breaking_off_talks_with_an_actor_sanctions_it() -> None:
    text = ("Talks\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Mali suspended talks with "
            "the MNLA on Friday. Niger broke off negotiations with JNIM. Algeria pulled out of the talks with Morocco. "
            "Chad did not end its dialogue with Sudan.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("Mali", "SANCTIONS", "MNLA"), ("Niger", "SANCTIONS", "JNIM"), ("Algeria", "SANCTIONS", "Morocco")} <= found, found
    assert ("Chad", "SANCTIONS", "Sudan") not in found, found
    assert ("Mali", "MEETS", "MNLA") not in found and ("Mali", "NEGOTIATES_WITH", "MNLA") not in found, found


def test_a_defence_or_security_secretary_named_without_a_state_serves_the_story_state() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Fighting in Mali spread on "
            "Monday. Defence Secretary Oumar Traore said troops were pursuing the rebels. Prosecutor General Awa Keita said "
            "the MNLA was to blame.\n")
    found = edges(ng.extract_text(text))
    assert {("Oumar Traore", "MEMBER_OF", "Mali"), ("Awa Keita", "MEMBER_OF", "Mali")} <= found, found


def test_where_a_case_is_heard_is_not_where_the_story_happens() -> None:
    text = ("Rebels shelled the airport on Monday, officials said. Their commander faces charges in France, which sought "
            "his extradition. Interior Minister Boubou Sangare said the rebels would be pursued.")
    found = edges(ng.extract_text(text))
    assert ("Boubou Sangare", "MEMBER_OF", "France") not in found, found
    assert not any(s.startswith("French") for s, _, _ in found), found


def test_a_protest_lodged_with_a_state_criticises_it_and_protests_against_a_leader_oppose_him() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Algeria lodged a protest "
            "with Morocco on Monday. Mali sent a formal protest to France. The M5 movement staged protests against Keita.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("Algeria", "CRITICIZES", "Morocco"), ("Mali", "CRITICIZES", "France")} <= found, found
    assert ("Algeria", "OPPOSES", "Morocco") not in found, found


def test_force_never_ruled_out_against_an_actor_is_a_threat_and_talks_ruled_out_are_not() -> None:
    text = ("Drills\n\nTAIPEI (Reuters) - China held drills near Taiwan on Friday, officials said. Turkey did not rule out "
            "military action against the PKK. Venezuela has never ruled out the use of force against Guyana. Mali ruled "
            "out talks with JNIM.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("Turkey", "THREATENS", "PKK"), ("Venezuela", "THREATENS", "Guyana")} <= found, found
    assert ("Mali", "THREATENS", "JNIM") not in found, found


def test_an_insurgency_waged_in_a_country_or_its_region_attacks_that_state() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. The MNLA, which waged a "
            "decade-long insurgency in northern Mali, signed the deal. Boko Haram has waged a rebellion in Nigeria since 2009.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("MNLA", "ATTACKS", "Mali"), ("Boko Haram", "ATTACKS", "Nigeria")} <= found, found


def test_a_group_moving_its_bases_or_headquarters_somewhere_deploys_there() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. JNIM has moved its bases "
            "to Burkina Faso and Niger. The MNLA relocated its headquarters to Algeria. Mali moved its embassy to Dakar.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("JNIM", "DEPLOYS_TO", "Burkina Faso"), ("JNIM", "DEPLOYS_TO", "Niger"), ("MNLA", "DEPLOYS_TO", "Algeria")} <= found, found
    assert not any(s == "Mali" and r == "DEPLOYS_TO" for s, r, o in found), found


def test_a_weapon_opening_a_sentence_is_no_name() -> None:
    text = ("Congo\n\nKAMPALA, Uganda (AP) — Fighting in Congo went on, officials said.\n\nHelicopter gunships and jets "
            "pounded rebel camps in Congo's Virunga National Park, an army spokesman said on Monday.\n")
    found = edges(ng.extract_text(text))
    assert not any("Helicopter" in s for s, _, _ in found), found


def test_the_junta_is_a_state_called_so_or_the_story_state_not_the_latest_state_named() -> None:
    text = ("Myanmar\n\nBANGKOK (Reuters) - China, a friend of both camps, urged the junta led by Min Aung Hlaing over "
            "the casinos.\n")
    found = edges(ng.extract_text(text))
    assert ("Min Aung Hlaing", "LEADS", "China") not in found, found


def test_a_speaker_of_parliament_serves_the_state_and_does_not_lead_it() -> None:
    text = ("X\n\nTAIPEI (Reuters) - China held drills near Taiwan, officials said. Beijing barred U.S. House "
            "Speaker Nancy Pelosi from entering China. Iranian Parliament Speaker Ali Larijani met Putin.\n")
    found = edges(ng.extract_text(text))
    assert {("Nancy Pelosi", "MEMBER_OF", "United States"), ("Ali Larijani", "MEMBER_OF", "Iran")} <= found, found
    assert not {("Nancy Pelosi", "LEADS", "United States"), ("Ali Larijani", "LEADS", "Iran")} & found, found


def test_a_vice_president_or_deputy_prime_minister_named_in_apposition_is_a_member() -> None:
    text = ("X\n\nJUBA (Reuters) - Fighting went on, officials said. The talks were mediated by Uganda's vice president, "
            "Edward Ssekandi. Ethiopia's deputy prime minister, Demeke Mekonnen, flew to Juba.\n")
    found = edges(ng.extract_text(text))
    assert {("Edward Ssekandi", "MEMBER_OF", "Uganda"), ("Demeke Mekonnen", "MEMBER_OF", "Ethiopia")} <= found, found
    assert not any(r == "LEADS" for _, r, _ in found), found


def test_troops_in_or_sent_to_the_country_go_to_the_story_state_not_the_latest_state_named() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Fighting spread across Mali "
            "on Monday.\n\nFrance said it would stay. Chad sent 1,000 more soldiers to the country last week. The United "
            "Nations has 13,000 peacekeepers in the country.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("Chad", "DEPLOYS_TO", "Mali"), ("United Nations", "DEPLOYS_TO", "Mali")} <= found, found
    assert ("Chad", "DEPLOYS_TO", "France") not in found, found


def test_the_head_of_a_department_of_a_group_is_a_member_and_its_head_leads_it() -> None:
    text = ("Uganda\n\nKAMPALA, Uganda (AP) — Fighting in Uganda went on, officials said.\n\nThe LRA's head of external "
            "affairs, Okello Lukwiya, spoke on Monday. The LRA's head, Joseph Kony, did not.\n")
    found = edges(ng.extract_text(text))
    assert ("Okello Lukwiya", "MEMBER_OF", "Lord's Resistance Army") in found, found
    assert ("Okello Lukwiya", "LEADS", "Lord's Resistance Army") not in found, found
    assert ("Joseph Kony", "LEADS", "Lord's Resistance Army") in found, found


def test_their_after_a_coordinated_subject_owns_the_event_noun_for_every_conjunct() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Niger and Chad quickly "
            "declared their solidarity with Mali. Algeria and Morocco voiced their support for the transition.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("Niger", "SUPPORTS", "Mali"), ("Chad", "SUPPORTS", "Mali")} <= found, found
    assert not any({s, o} == {"Niger", "Chad"} or {s, o} == {"Algeria", "Morocco"} for s, _, o in found), found


def test_its_opening_a_sentence_is_the_previous_sentences_subject() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. ECOWAS has about 3,000 "
            "troops from Nigeria and Senegal guarding Bamako. Its spokesman, Col. Amadou Sow, said the force would stay.\n")
    found = edges(ng.extract_text(text))
    assert ("Amadou Sow", "MEMBER_OF", "ECOWAS") in found, found
    assert not any(s == "Amadou Sow" and o in ("Senegal", "Nigeria") for s, _, o in found), found


def test_partners_launching_an_offensive_together_do_not_attack_each_other() -> None:
    text = ("Syria\n\nBEIRUT (Reuters) - Fighting in Syria went on, officials said.\n\nRussian and Syrian forces launched an "
            "offensive on Monday. Armenia and Azerbaijan exchanged fire. Nepal and the Maoists signed a deal ending a "
            "decade-long insurgency.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert not any({s, o} == {"Russia", "Syria"} for s, r, o in found if r == "ATTACKS"), found
    assert {("Armenia", "ATTACKS", "Azerbaijan"), ("Azerbaijan", "ATTACKS", "Armenia")} <= found, found
    assert ("Nepal", "ATTACKS", "Nepalese Maoists") not in found, found


def test_a_movement_named_after_a_country_is_not_that_states_army() -> None:
    text = ("Myanmar\n\nBANGKOK (Reuters) - Fighting in Myanmar went on, officials said.\n\nThe Myanmar National Democratic "
            "Alliance Army attacked Lashio on Monday. The Free Syrian Army shelled Aleppo.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert not any(s in ("Myanmar", "Syria") for s, r, o in found if r == "ATTACKS"), found


def test_raising_a_flag_over_a_place_holds_it() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. MNLA fighters hoisted "
            "their banner over Kidal on Monday. Algeria raised its flag over the new embassy building.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("MNLA", "CONTROLS", "Kidal") in found, found


def test_troops_sent_to_protect_or_guard_a_facility_deploy_to_its_town() -> None:
    text = ("CAR\n\nBANGUI (Reuters) - Fighting in the Central African Republic went on, officials said.\n\nChad sent 400 "
            "troops to protect Bangui airport. Kenya deployed police to guard the port in Mombasa. Russia vowed to protect "
            "Syria.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("Chad", "DEPLOYS_TO", "Bangui"), ("Kenya", "DEPLOYS_TO", "Mombasa")} <= found, found
    assert not any(s == "Chad" and r == "PROVIDES_AID" for s, r, o in found), found
    assert ("Russia", "PROVIDES_AID", "Syria") in found, found


def test_forces_that_will_not_leave_a_place_are_still_deployed_there() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Chad said it would not "
            "withdraw its 1,100 soldiers from Mali. Senegal refused to pull its troops out of Mali.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("Chad", "DEPLOYS_TO", "Mali"), ("Senegal", "DEPLOYS_TO", "Mali")} <= found, found


def test_troops_ordered_home_from_a_place_were_deployed_there() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Niger ordered its "
            "troops home from Mali on Monday. Kenya will bring its 900 soldiers home from Somalia.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("Niger", "DEPLOYS_TO", "Mali"), ("Kenya", "DEPLOYS_TO", "Somalia")} <= found, found


def test_signing_a_peace_deal_or_a_truce_is_negotiating_also_in_the_passive() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Niger and the MNLA signed "
            "a peace accord in June. A ceasefire was agreed by Chad and the FLT on Friday. Peace talks were held between "
            "Burkina Faso and Ansarul Islam. Mali and Algeria signed a trade agreement.\n")
    found = edges(ng.extract_text(text), negated=False)
    pairs = {frozenset((s, o)) for s, r, o in found if r == "NEGOTIATES_WITH"}
    assert {frozenset(("Niger", "MNLA")), frozenset(("Chad", "FLT")), frozenset(("Burkina Faso", "Ansarul Islam"))} <= pairs, found
    assert frozenset(("Mali", "Algeria")) not in pairs, found


def test_sponsoring_talks_between_two_sides_is_mediating_not_backing_one() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Peace talks between "
            "Niger and the MNLA, sponsored by Algeria, collapsed in May. The Qatari-brokered talks between Chad and the "
            "FLT resumed. Libya sponsored the FLT for years.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("Algeria", "NEGOTIATES_WITH", "Niger"), ("Algeria", "NEGOTIATES_WITH", "MNLA"),
            ("Qatar", "NEGOTIATES_WITH", "Chad"), ("Qatar", "NEGOTIATES_WITH", "FLT")} <= found, found
    assert ("Algeria", "SUPPORTS", "MNLA") not in found, found
    assert ("Libya", "SUPPORTS", "FLT") in found, found


def test_a_counterpart_named_after_a_comma_holds_the_office_of_the_state_named() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Foreign Minister "
            "Abdoulaye Diop spoke to his Algerian counterpart, Ahmed Attaf, on Monday.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Ahmed Attaf", "MEMBER_OF", "Algeria") in found, found


def test_a_gerund_after_after_or_by_shares_the_clauses_subject() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. The MNLA advanced on "
            "Gao after taking the town of Anefis. Niger angered Mali by expelling its ambassador. Senegal urged Guinea "
            "to help end the crisis by working with Liberia.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("MNLA", "CONTROLS", "Anefis"), ("Niger", "SANCTIONS", "Mali")} <= found, found
    assert ("Guinea", "COOPERATES_WITH", "Liberia") not in found, found


def test_the_leader_of_a_group_named_after_a_comma_is_the_one_who_acts() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. The leader of the MNLA, "
            "Amadou Koufa, accused Niger of arming the militias.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Amadou Koufa", "CRITICIZES", "Niger") in found, found


def test_a_speech_act_joined_to_a_reported_passive_is_the_speakers() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Gao's governor Moussa "
            "Sow said the army was badly overstretched and urged Bamako to hire more troops.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Moussa Sow", "APPEALS_TO", "Mali") in found, found


def test_criticising_the_move_or_the_decision_targets_whoever_did_it() -> None:
    text = ("Sahel\n\nDAKAR, Senegal (Reuters) - Unrest in the region went on, officials said. Niger expelled the French "
            "ambassador on Sunday. Chad criticised the move. Soldiers in Guinea seized power last year. The African Union "
            "condemned the takeover.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Chad", "CRITICIZES", "Niger") in found, found
    assert not any(s == "Chad" and o == "France" and r == "CRITICIZES" for s, r, o in found), found


def test_disappointed_or_outraged_by_a_deed_criticises_its_doer() -> None:
    text = ("Sahel\n\nDAKAR, Senegal (Reuters) - Unrest in the region went on, officials said. Niger expelled the French "
            "ambassador on Sunday. Chad said it was deeply disappointed by the expulsion. Guinea was outraged by "
            "Niamey's decision.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("Chad", "CRITICIZES", "Niger"), ("Guinea", "CRITICIZES", "Niger")} <= found, found


def test_a_donor_named_in_a_coordinated_apposition_gives_aid() -> None:
    text = ("Sahel\n\nDAKAR, Senegal (Reuters) - Unrest in the region went on, officials said. France, the former "
            "colonial power and Mali's largest donor, urged calm.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("France", "PROVIDES_AID", "Mali") in found, found


def test_forces_sent_with_no_destination_go_to_the_storys_state() -> None:
    text = ("Unrest\n\nALMATY, Kazakhstan (Reuters) - Unrest in Kazakhstan went on, officials in Kazakhstan said. The "
            "Collective Security Treaty Organization said it was sending about 2,500 troops. Belarus and Armenia also "
            "contributed contingents. Kazakhstan deployed extra police. Turkey was accused of sending mercenaries to "
            "fight for Azerbaijan.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("Collective Security Treaty Organization", "DEPLOYS_TO", "Kazakhstan"), ("Belarus", "DEPLOYS_TO", "Kazakhstan"),
            ("Armenia", "DEPLOYS_TO", "Kazakhstan")} <= found, found
    assert ("Turkey", "DEPLOYS_TO", "Kazakhstan") not in found, found


def test_calling_for_the_overthrow_of_a_government_opposes_it() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. The MNLA called for "
            "the overthrow of the government.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("MNLA", "OPPOSES", "Mali") in found, found


def test_a_rebel_title_belongs_to_the_armed_group_the_story_named() -> None:
    text = ("Rebels advance\n\nKAMPALA, Uganda (AP) - The National Resistance Army advanced on Kampala on Friday, officials "
            "in Uganda said. Rebel leader Yoweri Museveni said his fighters would spare the soldiers.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Yoweri Museveni", "LEADS", "National Resistance Army") in found, found
    assert ("Yoweri Museveni", "LEADS", "Uganda") not in found, found


def test_a_name_the_ner_cut_at_its_particle_is_one_person() -> None:
    text = ("Rebels advance\n\nKAMPALA, Uganda (AP) - The National Resistance Army advanced on Kampala on Friday, officials "
            "in Uganda said.\nKenyan President Daniel arap Moi called on the rebels to free their prisoners.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert any(s.endswith("Moi") and r == "LEADS" and o == "Kenya" for s, r, o in found), found
    assert not any(s == "Daniel arap" for s, _, _ in found), found


def test_forces_moving_or_withdrawing_to_a_place_deploy_there() -> None:
    text = ("Zakho\n\nZAKHO, Iraq (AP) - Fighting in Iraq went on, officials in Iraq said. U.S. Marines and British "
            "troops moved into the northern town of Dahuk on Tuesday. Syrian troops will withdraw overland to the Bekaa "
            "Valley. The minister moved to Dahuk.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("United States", "DEPLOYS_TO", "Dahuk"), ("United Kingdom", "DEPLOYS_TO", "Dahuk"), ("Syria", "DEPLOYS_TO", "Bekaa Valley")} <= found, found


def test_states_of_older_news_are_actors_but_former_republics_are_not_the_state() -> None:
    text = ("Cold war\n\nMOSCOW (AP) - Talks went on, officials said. The Soviet Union supplied weapons to Iraq. "
            "Yugoslav troops shelled Vukovar. South Yemen armed the rebels in Oman. NATO said it would send troops to "
            "former Soviet republics in the Baltic.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("Soviet Union", "PROVIDES_AID", "Iraq"), ("Yugoslavia", "ATTACKS", "Vukovar")} <= found, found
    assert any(s == "South Yemen" and r == "PROVIDES_AID" for s, r, o in found), found
    assert not any(o == "Soviet Union" for s, r, o in found if s == "NATO"), found


def test_his_country_is_the_state_of_the_one_who_speaks() -> None:
    text = ("Cambodia\n\nBANGKOK, Thailand (AP) - Fighting in Cambodia went on, officials said. Cambodian leader Hun "
            "Sen said Thailand had attacked his country.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Thailand", "ATTACKS", "Cambodia") in found, found


def test_a_leaders_sacking_or_dismissal_of_an_official_opposes_the_official() -> None:
    text = ("Harare\n\nHARARE, Zimbabwe (Reuters) - Tension in Zimbabwe rose, officials said. Robert Mugabe's "
            "dismissal of Vice President Emmerson Mnangagwa angered the army. The court ordered the dismissal of the "
            "charges.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Robert Mugabe", "OPPOSES", "Emmerson Mnangagwa") in found, found


def test_an_adviser_to_a_head_of_state_serves_the_state_not_an_opposition_leader() -> None:
    text = ("Talks\n\nNAIROBI, Kenya (Reuters) - Talks went on, officials in Kenya said. Amina Mohamed, an adviser to "
            "President William Ruto, said Kenya was ready. A spokesman for Raila Odinga, Dennis Onyango, said the vote "
            "was rigged.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Amina Mohamed", "MEMBER_OF", "Kenya") in found, found
    assert ("Dennis Onyango", "MEMBER_OF", "Kenya") not in found, found


def test_a_named_person_of_a_state_serves_it() -> None:
    text = ("Talks\n\nNAIROBI, Kenya (Reuters) - Talks went on, officials in Kenya said. The security chiefs, Amina "
            "Mohamed of Kenya and Ali Hassan of Somalia, met in Nairobi.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("Amina Mohamed", "MEMBER_OF", "Kenya"), ("Ali Hassan", "MEMBER_OF", "Somalia")} <= found, found


def test_a_place_the_parser_read_as_an_adverbial_is_still_the_target() -> None:
    found = edges(ng.extract_text("Russian jets bombed Aleppo on Monday. Russian jets bombed Monday.\n"), negated=False)
    assert ("Russia", "ATTACKS", "Aleppo") in found, found
    assert not any(o == "Monday" for _, _, o in found), found


def test_entering_a_groups_stronghold_of_a_place_deploys_to_the_place() -> None:
    text = ("Syria war\n\nDAMASCUS, Syria (Reuters) - Fighting in Syria went on, officials in Syria said. Syrian troops "
            "entered the rebel stronghold of Saraqeb.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Syria", "DEPLOYS_TO", "Saraqeb") in found, found
    assert not any(r == "PROVIDES_AID" for _, r, _ in found), found


def test_vowing_revenge_threatens_whoever_struck_and_paying_the_price_is_a_threat() -> None:
    text = ("Sahel\n\nBAMAKO, Mali (Reuters) - Fighting in Mali went on, officials in Mali said. Malian jets struck MNLA "
            "positions near Kidal on Monday. The MNLA vowed revenge. Algeria said Niger would pay the price for its "
            "aggression.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("MNLA", "THREATENS", "Mali"), ("Algeria", "THREATENS", "Niger")} <= found, found


def test_an_ultimatum_to_act_or_face_action_threatens_its_addressee() -> None:
    text = ("Ultimatum\n\nBANJUL, Gambia (Reuters) - Tension in Gambia rose, officials in Gambia said. ECOWAS gave Jammeh "
            "until noon to step down or face military action. Jammeh told his aides to stay or face the sack.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert any(s == "ECOWAS" and r == "THREATENS" and "Jammeh" in o for s, r, o in found), found
    assert not any(r == "THREATENS" and "Jammeh" in s for s, r, o in found), found


def test_repression_and_strafing_are_attacks() -> None:
    text = ("Kurds\n\nBAGHDAD, Iraq (Reuters) - Fighting in Iraq went on, officials in Iraq said. The U.N. Security "
            "Council condemned Iraq's repression of the Kurds. Iraqi gunships strafed Erbil.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("Iraq", "ATTACKS", "Kurds"), ("Iraq", "ATTACKS", "Erbil")} <= found, found


def test_holding_a_state_responsible_or_fire_over_an_issue_is_criticism() -> None:
    text = ("Row\n\nNAIROBI, Kenya (Reuters) - A row between Kenya and Somalia deepened, officials in Kenya said. Kenya "
            "held Somalia responsible for the raid. Ethiopia came under fire from Eritrea over the detentions. Somali "
            "troops came under fire from al-Shabaab fighters.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("Kenya", "CRITICIZES", "Somalia"), ("Eritrea", "CRITICIZES", "Ethiopia"), ("al-Shabaab", "ATTACKS", "Somalia")} <= found, found
    assert ("Eritrea", "ATTACKS", "Ethiopia") not in found, found


def test_a_relative_pronoun_object_is_the_antecedent() -> None:
    text = ("Somalia\n\nMOGADISHU, Somalia (Reuters) - Fighting in Somalia went on, officials in Somalia said. "
            "Al-Shabaab, which Kenyan troops have fought since 2011, holds Jilib. The Houthis, whom Saudi Arabia has "
            "bombed for years, hold Sanaa.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("Kenya", "ATTACKS", "al-Shabaab"), ("Saudi Arabia", "ATTACKS", "Houthis")} <= found, found


def test_the_kingdom_is_the_monarchy_the_story_names() -> None:
    text = ("Gulf\n\nRIYADH (Reuters) - Saudi Arabia said on Monday it had intercepted a missile. The kingdom accused "
            "Iran of arming the Houthis.\n\nLebanon\n\nBEIRUT (Reuters) - Lebanon said on Monday it was calm. The "
            "kingdom was not named.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert ("Saudi Arabia", "CRITICIZES", "Iran") in found, found


def test_the_council_and_the_court_are_the_bodies_named_before() -> None:
    text = ("Korea\n\nSEOUL (Reuters) - Tension rose, officials in South Korea said. The U.N. Security Council met on "
            "Monday. The council imposed new sanctions on North Korea. The International Criminal Court met too. The "
            "court accused Sudan of war crimes.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("United Nations Security Council", "SANCTIONS", "North Korea"), ("International Criminal Court", "CRITICIZES", "Sudan")} <= found, found


def test_a_coalition_led_by_a_state_is_that_states_led_coalition_with_its_members() -> None:
    text = ("Yemen\n\nSANAA, Yemen (Reuters) - Fighting in Yemen went on, officials in Yemen said. An alliance of Gulf "
            "states led by Saudi Arabia, and including Bahrain, joined the war in 2015. The alliance shelled Saada on "
            "Monday.\n")
    found = edges(ng.extract_text(text), negated=False)
    assert {("Saudi Arabia", "LEADS", "Saudi-led alliance"), ("Bahrain", "MEMBER_OF", "Saudi-led alliance"),
            ("Saudi-led alliance", "ATTACKS", "Saada")} <= found, found
