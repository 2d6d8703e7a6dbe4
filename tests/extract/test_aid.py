import datetime as dt
from decimal import Decimal

import pytest


def test_conversion_is_one_package(extract):
    facts = extract("German Defence Minister Boris Pistorius announced that Germany will provide Ukraine with a new "
                    "military aid package worth €1.3 billion ($1.4 billion), including IRIS-T systems.")
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("DE", "UA", Decimal("1300000000"))]


def test_running_total_is_not_a_package(extract):
    facts = extract("With the new package, Sweden's total military support to Ukraine since February 2022 amounts to "
                    "approximately SEK 30 billion.")
    assert facts.aid == ()


def test_yearly_aid_is_not_a_package(extract):
    facts = extract("Israel already receives $3.8 billion in U.S. military aid each year under a memorandum of understanding.")
    assert facts.aid == ()


def test_government_as_donor_and_contents_in_next_sentence(extract):
    facts = extract("Sweden and Ukraine signed a memorandum. Swedish Minister for Defence Pål Jonson visited Kyiv. "
                    "The Government has today decided on a military support package to Ukraine, worth SEK 7.1 billion. "
                    "The package includes CV90 infantry fighting vehicles and artillery ammunition.")
    [package] = facts.aid
    assert (package.donor, package.recipient, package.currency) == ("SE", "UA", "SEK")
    assert any("CV90" in i.name for i in package.items)


def test_site_clutter_yields_nothing(extract):
    facts = extract("Share on WhatsApp | Share on Facebook | Copy link\nRelated: $500 million package to Ukraine | Subscribe")
    assert facts.aid == () and facts.calls == ()


def test_contents_in_a_later_sentence(extract):
    facts = extract("WASHINGTON (AP) — The United States on Wednesday announced a $250 million package of weapons for "
                    "Ukraine. The package, drawn from U.S. stocks under the Presidential Drawdown Authority, includes "
                    "air defense munitions, 155mm artillery rounds and anti-armor munitions, the State Department said.")
    package = next(p for p in facts.aid if p.amount)
    names = " ".join(i.name for i in package.items).lower()
    assert "air defense munitions" in names and "artillery rounds" in names
    assert len([p for p in facts.aid if p.donor == "US"]) == 1


def test_negated_contents_are_not_items(extract):
    facts = extract("The Council adopted an assistance measure under the European Peace Facility worth €41 million for "
                    "the Moldovan Armed Forces. The measure will finance air surveillance radars. The measures for "
                    "Moldova do not include lethal equipment.")
    package = next(p for p in facts.aid if p.amount)
    assert not any("lethal" in i.name for i in package.items)


def test_weapon_name_tagged_as_a_place_is_kept(extract):
    facts = extract("Germany will provide Ukraine with a new military aid package worth €1.3 billion, including "
                    "Gepard anti-aircraft guns and reconnaissance drones, the defence minister said.")
    package = next(p for p in facts.aid if p.amount)
    assert any(i.system == "gepard" for i in package.items)


def test_weighed_or_refused_weapons_are_not_packages(extract):
    facts = extract("The Netherlands is considering whether to send F-16 fighter jets to Ukraine. "
                    "Berlin has refused to send Taurus cruise missiles to Ukraine.")
    assert facts.aid == ()


def test_handed_over_without_amount_is_a_package(extract):
    facts = extract("Poland has handed over four Leopard 2 tanks to the Armed Forces of Ukraine.")
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("PL", "UA", None)]


def test_items_of_a_running_total_are_not_a_package(extract):
    facts = extract("The Netherlands has committed a total of more than €6 billion in military aid to Ukraine since 2022, "
                    "including F-16 fighter jets and Patriot missiles.")
    assert facts.aid == ()


def test_unpriced_mentions_of_one_package_merge(extract):
    facts = extract("Britain has supplied Ukraine with Storm Shadow cruise missiles, Defence Secretary Ben Wallace said. "
                    "Prime Minister Rishi Sunak said in February that the UK would provide longer-range weapons to Ukraine.")
    [package] = facts.aid
    assert package.amount is None and len(package.items) >= 2


def test_bare_dollar_in_a_canadian_article(extract):
    facts = extract("Canada announced $500 million in new military aid for Ukraine. The money, 500 million Canadian "
                    "dollars, comes from the federal budget.")
    assert facts.aid and facts.aid[0].currency == "CAD"


def test_european_union_as_donor(extract):
    facts = extract("The European Union approved EUR 50 million in military assistance for Moldova.")
    assert [(p.donor, p.recipient, p.currency) for p in facts.aid] == [("EU", "MD", "EUR")]


# -- round 5: recall and items ------------------------------------------------------------------------------

def test_allocate_is_an_aid_cue_and_adjective_recipient_falls_back(extract):
    facts = extract("Estonia will allocate EUR 15 million for the purchase of drones for Ukraine.")
    assert [(p.donor, p.recipient, p.amount, p.currency) for p in facts.aid] == [("EE", "UA", Decimal("15000000"), "EUR")]


def test_navy_is_a_recipient_body(extract):
    facts = extract("Australia will provide surveillance drones worth A$20 million to the Philippine Navy.")
    assert [(p.donor, p.recipient) for p in facts.aid] == [("AU", "PH")]


def test_digest_label_names_the_donor_and_materiel_gives_nothing(extract):
    facts = extract("Sweden: The government will give SEK 30 million to Moldova to strengthen air surveillance, "
                    "after Russian drones crossed into Moldovan airspace.")
    [package] = facts.aid
    assert (package.donor, package.recipient, package.currency) == ("SE", "MD", "SEK")
    assert any("surveillance" in i.name for i in package.items)


def test_proposed_financing_is_a_package(extract):
    facts = extract("The U.S. State Department has proposed $40 million in Foreign Military Financing for Estonia "
                    "to help it buy Javelin missiles.")
    [package] = facts.aid
    assert (package.donor, package.recipient, package.amount) == ("US", "EE", Decimal("40000000"))


def test_country_securing_a_package_receives_it(extract):
    facts = extract("The minister welcomed the $2 billion assistance package Poland secured from the United States "
                    "last week, which includes $1 billion for air defense systems.")
    [package] = facts.aid
    assert (package.donor, package.recipient, package.amount) == ("US", "PL", Decimal("2000000000"))


def test_funds_used_to_provide_lists_contents(extract):
    facts = extract("The European Union approved a EUR 30 million assistance measure for Georgia. "
                    "The funds will be used to provide coastal radars and mobile communications systems.")
    [package] = facts.aid
    names = " ".join(i.name for i in package.items).lower()
    assert "radars" in names and "communications systems" in names


def test_contents_told_before_their_package(extract):
    facts = extract("Austin said the $3bn in new funds will pay for Patriot interceptors and artillery ammunition. "
                    "Earlier, the United States announced a $3bn package of military aid for Ukraine.")
    [package] = facts.aid
    names = " ".join(i.name for i in package.items).lower()
    assert package.amount == Decimal("3000000000") and "patriot" in names


def test_spare_parts_and_devices_are_items(extract):
    facts = extract("Poland has approved a military aid package for Ukraine worth 100 million zlotys, "
                    "comprising spare parts and night-vision devices.")
    [package] = facts.aid
    names = " ".join(i.name for i in package.items).lower()
    assert "spare parts" in names and "night-vision devices" in names


def test_a_headline_restating_the_conversion_is_not_a_second_package(extract):
    text = ("Norway steps up support\n"
            "Norway is to send Ukraine a further $46m in military aid, its defence ministry says.\n"
            "Norway will give Ukraine a military aid package worth 500 million Norwegian crowns ($46.3m), "
            "the defence ministry said on Monday.")
    facts = extract(text)
    assert [(p.donor, p.recipient, int(p.amount), p.currency) for p in facts.aid] == [("NO", "UA", 500_000_000, "NOK")]


def test_a_package_told_first_without_its_amount_is_the_priced_one(extract):
    text = ("Canada has pledged 40 more armoured vehicles to Ukraine under its latest package of military assistance.\n"
            "Defence Minister Bill Blair announced the package, worth 60 million Canadian dollars, on Tuesday.\n"
            "Included are 20 trucks and a further supply of artillery ammunition.")
    facts = extract(text)
    assert len(facts.aid) == 1
    package = facts.aid[0]
    assert (package.donor, int(package.amount), package.currency) == ("CA", 60_000_000, "CAD")
    names = " ".join(i.name for i in package.items)
    assert "armoured vehicles" in names and "trucks" in names and "ammunition" in names


def test_a_capital_promising_a_country_a_package_gives_it(extract):
    text = ("Berlin has promised Ukraine a further military aid package valued at over €1.3 billion ($1.4 billion), "
            "the defence ministry said on Tuesday.")
    facts = extract(text, dt.date(2023, 11, 21))
    assert [(p.donor, p.recipient, int(p.amount), p.currency) for p in facts.aid] == [("DE", "UA", 1_300_000_000, "EUR")]


def test_money_put_toward_materiel_for_a_country_is_a_package(extract):
    text = ("The defence minister said on Sunday that Amsterdam would put €400 million ($439 million) toward the "
            "development of drones for Ukraine's military.")
    facts = extract(text, dt.date(2024, 10, 7))
    assert [(p.donor, p.recipient, int(p.amount)) for p in facts.aid] == [("NL", "UA", 400_000_000)]


def test_lines_a_colon_introduces_after_a_package_are_its_contents(extract):
    text = ("The Department of Defense this afternoon unveiled a further $820 million in security assistance for "
            "Ukraine.\nThe total is made up of two parts drawn from different authorities, officials said on Friday.\n"
            "Through the initiative, the department will furnish Ukraine with key capabilities. This part of the package "
            "contains:\nTwo NASAMS air defence systems;\nUp to 150,000 rounds of 155mm artillery ammunition; plus\n"
            "Four more counter-artillery radars.\nThe initiative differs from drawdowns in how equipment is bought.")
    facts = extract(text, dt.date(2022, 7, 1))
    [package] = facts.aid
    names = " ".join(i.name.lower() for i in package.items)
    assert "nasams" in names and "artillery" in names and "radars" in names
    assert not any(i.name.lower().startswith(("up ", "to ", "as ")) for i in package.items)  # hedges of the count


def _items(package) -> list[str]:
    return [i.name for i in package.items]


def test_a_part_of_the_package_adds_its_contents_not_a_package(extract):
    facts = extract("Norway will give Ukraine a package worth NOK 3 billion, the government said on Friday. Of that, "
                    "NOK 1 billion goes on kit for the navy, among it patrol boats and sea drones. Another NOK 500 million "
                    "is earmarked for air defence equipment such as radars, while the Ukrainian army is to receive "
                    "generators costing NOK 90 million.")
    [package] = facts.aid
    assert package.amount == Decimal("3000000000")
    assert {"patrol boats", "sea drones", "radars", "generators"} <= set(_items(package))


def test_the_subject_names_the_contents(extract):
    facts = extract("Spain will send Ukraine a new aid package worth 900 million euros, the ministry said. The package "
                    "concentrates on air defence. The listed contents include four Hawk launchers, 5,000 rounds of "
                    "155mm artillery ammunition and upwards of 12 drone detection systems. Mortars and spare parts will "
                    "form part of this package too.")
    [package] = facts.aid
    names = _items(package)
    assert {"155mm artillery ammunition", "drone detection systems", "mortars", "spare parts"} <= set(names)
    assert "rounds" not in names  # the count's unit, not an item


def test_ammunition_for_a_system_is_that_system_s_ammunition(extract):
    facts = extract("The Pentagon unveiled a $400 million package for Ukraine on Friday. It includes more rounds for "
                    "the High Mobility Artillery Rocket Systems (HIMARS) and four counter-artillery radars.")
    [package] = facts.aid
    assert "HIMARS ammunition" in _items(package)
    assert not any(i.system == "himars" and "ammunition" not in i.name for i in package.items)  # no launchers


def test_a_system_named_only_as_a_modifier_is_not_an_item(extract):
    facts = extract("As a member of the F-16 coalition, Belgium will give Ukraine 977 million euros for drones and "
                    "Patriot crews, the minister said on Tuesday.")
    [package] = facts.aid
    assert _items(package) == ["drones"]


def test_vague_words_are_not_items(extract):
    facts = extract("Canada will give Ukraine C$60 million in equipment and capabilities, including uniforms, "
                    "winter clothing and tents, the minister said on Friday.")
    [package] = facts.aid
    assert set(_items(package)) == {"uniforms", "winter clothing", "tents"}


def test_an_official_who_signs_off_is_the_donor_and_a_spelled_amount_keeps_its_conversion(extract):
    facts = extract("German Chancellor Olaf Scholz has signed off on a delivery of arms and ammunition to Ukraine valued "
                    "at more than half a billion euros ($499 million), officials said.")
    assert [(p.donor, p.recipient, p.amount, p.currency) for p in facts.aid] == \
        [("DE", "UA", Decimal("500000000"), "EUR")]


def test_a_number_of_nations_that_is_not_the_subject_leaves_the_government_as_donor(extract):
    facts = extract("The government has unveiled another £300m in military support for Kyiv as the UK and France get "
                    "ready to host 40 nations at a meeting in Paris.")
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("GB", "UA", Decimal("300000000"))]


def test_what_the_package_comes_to_is_its_value_and_contents_told_first_are_its_items(extract):
    facts = extract("Sweden is sending Ukraine a record package. The new military package is expected to include tents, "
                    "all-terrain vehicles and camouflage netting. Taken together, the planned contents of the package "
                    "come to roughly SEK 2 billion. Earlier packages came to about SEK 1 billion in all.")
    [package] = facts.aid
    assert (package.donor, package.amount, package.currency) == ("SE", Decimal("2000000000"), "SEK")
    assert {"tents", "all-terrain vehicles", "camouflage netting"} <= {i.name for i in package.items}


def test_priced_lines_of_a_contents_list_are_parts_of_the_package(extract):
    facts = extract("A new $90 million package for Ukraine has been announced by Australia's defence minister.\n\n"
                    "What the new aid contains:\n\n"
                    "  • $40 million for uncrewed aerial systems, generators and combat helmets\n"
                    "  • $50 million for short range air defence systems\n\n"
                    "The minister also met Ukraine's prime minister in Lviv.")
    [package] = facts.aid
    assert (package.donor, package.amount, package.currency) == ("AU", Decimal("90000000"), "AUD")
    assert {"uncrewed aerial systems", "generators", "combat helmets"} <= {i.name for i in package.items}


def test_an_acronym_spelled_out_in_parentheses_is_one_item(extract):
    facts = extract("The Pentagon announced a $300 million package for Ukraine on Friday. It includes 80 HMMWVs (High "
                    "Mobility Multipurpose Wheeled Vehicles) and more HIMARS (High Mobility Artillery Rocket Systems) "
                    "ammunition.")
    [package] = facts.aid
    names = {i.name for i in package.items}
    assert {"HMMWVs", "HIMARS ammunition"} <= names
    assert not any("High Mobility" in name for name in names)


def test_materiel_told_right_after_the_priced_package_is_its_contents(extract):
    facts = extract("Japan will extend 1.2 billion yen in security assistance to the Philippines, the ministry said on "
                    "Thursday. The ambassador said Japan had decided to supply the Philippine Navy with patrol boats and "
                    "coastal radars.")
    [package] = facts.aid
    assert package.amount == Decimal("1200000000") and {"patrol boats", "coastal radars"} <= {i.name for i in package.items}


def test_a_package_worth_a_total_of_is_its_value_and_a_value_told_after_prices_it(extract):
    facts = extract("Defence Minister Pal Jonson said on Monday that Sweden's 17th aid package for Ukraine will bring "
                    "military support worth a total of 4.6 billion Swedish crowns ($443 million).")
    assert [(p.donor, p.amount, p.currency) for p in facts.aid] == [("SE", Decimal("4600000000"), "SEK")]
    facts = extract("Seoul's defense ministry said Thursday that South Korea will ship Ukraine a further batch of aid. The "
                    "newest package is made up of gas masks and mask canisters. Valued at about 1.5 billion won, or "
                    "US$1.18 million, it should reach Ukraine next month.")
    [package] = facts.aid
    assert (package.donor, package.recipient, package.amount, package.currency) == ("KR", "UA", Decimal("1500000000"), "KRW")
    assert {"gas masks", "mask canisters"} <= {i.name for i in package.items}


def test_parts_told_in_a_run_and_amounts_in_a_named_currency(extract):
    facts = extract("Canada has confirmed a further 39 million Canadian dollars in military aid for Ukraine. Some 34.6 "
                    "million in Canadian dollars of the aid will go to a trust fund, paying for fuel and first aid kits. "
                    "Another 2.5 million in Canadian dollars goes to a company that will supply 40 sniper rifles. A sum "
                    "of two million in Canadian dollars is earmarked for 16 radio sets and 8,000 rounds of "
                    "155-millimeter ammunition.")
    [package] = facts.aid
    assert (package.amount, package.currency) == (Decimal("39000000"), "CAD")
    assert {"fuel", "sniper rifles", "radio sets", "155-millimeter ammunition"} <= {i.name for i in package.items}


def test_who_is_thanked_for_a_package_gave_it(extract):
    facts = extract("Ukrainian President Volodymyr Zelenskyy expressed his gratitude to Olaf Scholz, the German "
                    "Chancellor, for a EUR 3 billion package of defense assistance.")
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("DE", "UA", Decimal("3000000000"))]


def test_donors_named_together_share_the_giving_and_it_points_to_the_package_before(extract):
    facts = extract("Under Friday's joint statement, Estonia is to supply Javelin anti-tank missiles, while Lithuania "
                    "and Latvia are to hand Stinger anti-aircraft missiles to Ukraine.")
    assert sorted(p.donor for p in facts.aid) == ["EE", "LT", "LV"]
    facts = extract("Slovakia gave the green light on Sunday to a military package of 4.4 million euros for Ukraine. It "
                    "came on top of an €11million package, cleared on Saturday, that contained 120mm artillery "
                    "ammunition and fuel. A field hospital will be co-financed by Germany to the tune of 5.3 million euros.")
    assert sorted((p.donor, p.amount) for p in facts.aid) == [("DE", Decimal("5300000")), ("SK", Decimal("4400000")),
                                                              ("SK", Decimal("11000000"))]


def test_one_donors_shares_for_several_recipients(extract):
    facts = extract("The EU Council adopted assistance measures under the European Peace Facility on Thursday. Ukraine's "
                    "Armed Forces are to get 31 million euros, and 7 million euros go to Moldova. Bosnia is getting 10 "
                    "million euros ($10.5 million) for its tactical support brigade, and the 12.75-million-euro measure "
                    "for Georgia was adopted last year.")
    assert {(p.donor, p.recipient, p.amount) for p in facts.aid} >= {("EU", "UA", Decimal("31000000")),
                                                                     ("EU", "MD", Decimal("7000000")),
                                                                     ("EU", "BA", Decimal("10000000"))}


def test_an_item_is_named_by_the_model_the_article_gives_with_its_kind(extract):
    facts = extract("The Netherlands will send Ukraine a €350 million package with 14 Leopard 2A4 main battle tanks, "
                    "three Patriot air defense launchers, Javelin anti-tank missiles and 20 Bushmaster armoured vehicles.")
    [package] = facts.aid
    names = {i.name: i for i in package.items}
    assert {"Leopard 2A4", "Patriot air defense launchers", "Javelin anti-tank missiles", "Bushmaster"} <= set(names)
    assert names["Leopard 2A4"].quantity == 14 and names["Leopard 2A4"].system == "leopard-2"


def test_a_model_the_parser_cut_off_its_phrase_stays_with_it(extract):
    facts = extract("Canada will give Ukraine C$90 million in new aid, comprising 40 armoured personnel carriers; "
                    "25 more Leopard 1A5 main battle tanks; and 20,000 artillery rounds.")
    [package] = facts.aid
    tank = next(i for i in package.items if "Leopard" in i.name)
    assert tank.name == "Leopard 1A5" and tank.quantity == 25


def test_an_unlisted_model_names_its_item_and_a_made_in_modifier_does_not(extract):
    facts = extract("Britain announced a £50 million package for Ukraine including Brimstone missiles, 120 Mastiff "
                    "protected vehicles and US-made armoured trucks.")
    [package] = facts.aid
    names = {i.name for i in package.items}
    assert "Mastiff" in names and "Brimstone missiles" in names
    assert not any(n.startswith("US") for n in names)


def test_known_systems_outside_any_noun_phrase_are_items(extract):
    facts = extract("Washington approved an $8.7 billion aid package for Israel. Of that, $5.2 billion will go to air "
                    "defense systems, among them Iron Dome and David's Sling.")
    [package] = facts.aid
    names = {i.name for i in package.items}
    assert {"Iron Dome", "David's Sling"} <= names


def test_money_for_civilians_is_not_military_aid_and_takes_no_items(extract):
    facts = extract("Belgium unveiled €93.6 million in military aid for Ukraine. Besides the military aid, Belgium will "
                    "also give €86 million to support Ukraine's civilian population. It will comprise anti-tank "
                    "weapons, grenades and machine guns.")
    [package] = facts.aid
    assert package.amount == Decimal("93600000")
    assert {"grenades", "machine guns"} <= {i.name for i in package.items}


def test_aid_already_received_is_not_a_new_package(extract):
    facts = extract("Poland announced a new €40 million military package for Ukraine; added to the €146 million of "
                    "military aid Ukraine has already received, it is Poland's largest.")
    assert [p.amount for p in facts.aid] == [Decimal("40000000")]


def test_one_donor_pricing_several_recipients_gives_a_package_each(extract):
    facts = extract("The Council of the European Union approved five assistance measures. The statement put the "
                    "assistance at 10 million euro for the armed forces of Bosnia and Herzegovina, 20 million euro for "
                    "Georgia and 6 million euro for Lebanon, while the Rwanda defence forces' deployment in Mozambique "
                    "gets 20 million euro.")
    got = {(p.donor, p.recipient, p.amount) for p in facts.aid}
    assert got == {("EU", "BA", Decimal("10000000")), ("EU", "GE", Decimal("20000000")),
                   ("EU", "LB", Decimal("6000000")), ("EU", "RW", Decimal("20000000"))}


def test_a_country_that_is_to_get_money_and_the_next_ones_measure_are_the_donors_packages(extract):
    facts = extract("On 4 May the EU's Council approved two assistance measures for the forces of Georgia and "
                    "Moldova. Moldova is to get €40 million over 36 months, paying for non-lethal equipment. "
                    "Georgia's measure is worth €30 million and will pay for non-lethal equipment.")
    assert {(p.donor, p.recipient, p.amount) for p in facts.aid} == {("EU", "MD", Decimal("40000000")),
                                                                    ("EU", "GE", Decimal("30000000"))}


def test_contents_listed_by_the_minister_and_a_part_of_the_package_are_its_items(extract):
    facts = extract("Estonia's next package of military aid to Ukraine will be worth €20 million, the minister said. "
                    "The minister listed the contents as recoilless anti-tank guns, explosives and gas masks. "
                    "Part of the new package is 155 mm shells, Estonia's share of the EU plan to send Ukraine one "
                    "million shells. Estonia has also supplied medical supplies and dry rations.")
    [package] = facts.aid
    assert {"anti-tank guns", "explosives", "gas masks", "155 mm shells"} <= {i.name for i in package.items}


def test_long_list_lines_after_a_contents_line_are_the_contents(extract):
    facts = extract("Canada will give more than $47 million of new military aid to Ukraine, the minister said.\n\n"
                    "What the new package contains:\n\n"
                    "equipment worth $15.2 million taken from the stocks of the Canadian Armed Forces, among it "
                    "NATO-standard 155mm artillery rounds, fuses and charge bags for the howitzers the Ukrainian crews "
                    "already use;\n\n"
                    "further specialized cameras for drones, valued at $15.3 million;\n\n"
                    "400,000 items of winter clothing costing $15 million in total.")
    package = next(p for p in facts.aid if p.amount == Decimal("47000000"))
    names = {i.name for i in package.items}
    assert {"fuses", "charge bags", "specialized cameras", "winter clothing"} <= names
    assert any("155mm artillery rounds" in n for n in names)


def test_what_a_passive_giving_allots_to_an_initiative_comes_from_the_by_agent(extract):
    facts = extract("On top of that, the Czech initiative that buys ammunition for Ukraine has been allotted as much as "
                    "NOK 1.6 billion by Norway. In the last few months the government of Norway has passed roughly "
                    "NOK 1 billion worth of military aid to Ukraine out of the stocks of the Norwegian Armed Forces.")
    assert {(p.donor, p.recipient) for p in facts.aid} == {("NO", "UA")}


def test_an_additional_amount_beside_the_total_it_raises_is_a_package(extract):
    facts = extract("With the additional $60.9 million in assistance, Australia's overall contribution to Ukraine so far "
                    "rises to more than $285 million.")
    assert [p.amount for p in facts.aid] == [Decimal("60900000")]


def test_vessels_worth_an_amount_are_a_package_and_take_the_ships_told_before(extract):
    facts = extract("Under its security assistance framework, Japan is to give Bangladesh four patrol ships. In Dhaka "
                    "yesterday, Japan's Ambassador to Bangladesh signed the agreement on the vessels, which are worth "
                    "575 million yen. Japan has set aside 2 billion yen for the programme this fiscal year.",
                    dt.date(2023, 11, 16))
    package = next(p for p in facts.aid if p.amount == Decimal("575000000"))
    assert (package.donor, package.recipient) == ("JP", "BD") and "patrol ships" in {i.name for i in package.items}
    assert all(p.amount is not None for p in facts.aid)


def test_contents_the_department_listed_after_a_colon_are_the_packages(extract):
    facts = extract("The United States will hand Kyiv $625 million in fresh security assistance, the White House said. "
                    "Vice President Kamala Harris also took part. The annexations came after referendums. Kyiv called "
                    "the votes coercive. Western governments agreed. In a release, the State Department listed the "
                    "contents of the package: four HIMARS launchers with their rockets; 32 Howitzers plus 75,000 rounds "
                    "of ammunition for them; 200 MRAP (Mine-Resistant Ambush Protected) vehicles; and Claymore mines "
                    "against personnel.")
    [package] = facts.aid
    assert {"howitzers", "claymore mines"} <= {i.name.lower() for i in package.items}


def test_a_type_acronym_keeps_its_kind_and_ammunition_keeps_the_articles_word(extract):
    facts = extract("Britain will send Ukraine a £125 million package of FPV drones and maritime drones. The United "
                    "States announced $2.3 billion for Ukraine, including munitions for the Patriot system. Lithuania "
                    "will hand Ukraine a €10 million package with 20 M577 armoured personnel carriers.")
    names = {i.name for p in facts.aid for i in p.items}
    assert {"FPV drones", "Patriot munitions", "M577"} <= names


def test_military_aid_told_along_with_humanitarian_supplies_is_military(extract):
    facts = extract("Sweden had already announced military aid to Ukraine worth about 5 billion Swedish crowns, along "
                    "with several instalments of humanitarian supplies.")
    assert [p.amount for p in facts.aid] == [Decimal("5000000000")]


def test_a_first_delivery_never_made_before_is_news_not_history(extract):
    facts = extract("Never before has Japan sent ballistic vests and helmets overseas to Ukraine.")
    assert [(p.donor, p.recipient) for p in facts.aid] == [("JP", "UA")]


def test_an_amount_in_another_currency_gives_way_to_the_donors_own_in_brackets(extract):
    facts = extract("Taiwan will receive military aid worth NT$10.9 billion ($345 million) from U.S. stockpiles, the "
                    "Biden administration said on Friday.")
    [package] = facts.aid
    assert (package.donor, package.amount, package.currency) == ("US", Decimal("345000000"), "USD")


def test_an_african_partner_of_a_peace_facility_measure_is_its_recipient(extract):
    facts = extract("The Council adopted an assistance measure worth €8.25 million for the Ghana Armed Forces under "
                    "the European Peace Facility.")
    assert [(p.donor, p.recipient) for p in facts.aid] == [("EU", "GH")]


def test_materiel_a_country_is_to_get_from_a_donor_is_the_donors_package(extract):
    facts = extract("Ukraine is to get 14 M113 armored vehicles from Portugal, along with eight high-power electric "
                    "generators and 120-mm ammunition.")
    [package] = facts.aid
    assert (package.donor, package.recipient, package.amount) == ("PT", "UA", None)
    assert {"M113", "120-mm ammunition"} <= {i.name for i in package.items}


def test_a_list_the_parser_hangs_on_the_weapon_some_ammunition_is_for_keeps_its_items(extract):
    facts = extract("Washington on Friday unveiled a new $275 million military aid package for Ukraine. It contains "
                    "munitions for the NASAMS air defense system, Javelin anti-tank missiles, 155mm artillery rounds, "
                    "High Mobility Artillery Rocket System launchers and their ammunition, and Bradley Fighting "
                    "Vehicles.", dt.date(2024, 6, 7))
    [package] = facts.aid
    names = {i.name for i in package.items}
    assert {"NASAMS munitions", "Javelin anti-tank missiles", "155mm artillery rounds", "HIMARS ammunition"} <= names
    assert any("Bradley" in n for n in names)


def test_a_package_told_by_its_value_and_one_earmarked_for_a_recipient_are_packages(extract):
    facts = extract("Norway has approved a new round of support for Ukraine. The donation has a value of 1.2 billion "
                    "Norwegian kroner.", dt.date(2024, 3, 1))
    assert [(p.donor, p.recipient, p.amount, p.currency) for p in facts.aid] == [("NO", "UA", 1200000000, "NOK")]
    facts = extract("The Belgian cabinet met on Tuesday. The government in Brussels is earmarking 80 million euros for "
                    "Ukraine, the defence minister said.", dt.date(2024, 3, 1))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("BE", "UA", 80000000)]


def test_contents_told_before_the_price_of_the_package_go_with_it(extract):
    facts = extract("Finland is stepping up its backing for Ukraine and will ship armoured personnel carriers and "
                    "anti-tank missiles, the prime minister said on Thursday. Helsinki has decided on its fifteenth "
                    "package. \"The need is great,\" he said. He added that time mattered. The minister would not say "
                    "when the carriers leave. Defence Minister Antti Hakkanen put the value of the package at 190 million "
                    "euros. Other parts of the package will go to heavy ammunition and to mortar bombs.",
                    dt.date(2023, 1, 20))
    [package] = facts.aid
    assert (package.donor, package.recipient, package.amount) == ("FI", "UA", Decimal("190000000"))
    names = " | ".join(i.name for i in package.items)
    assert "armoured personnel carriers" in names and "anti-tank missiles" in names and "mortar bombs" in names


def test_the_plan_covers_names_the_contents(extract):
    facts = extract("Ottawa will provide Ukraine a military aid package worth C$30 million, the defence minister said. The "
                    "plan covers small arms, ammunition and protective gear.", dt.date(2024, 10, 18))
    [package] = facts.aid
    assert {"small arms", "ammunition", "protective gear"} <= {i.name for i in package.items}


def test_a_recipient_the_parser_joins_to_the_object_and_a_country_s_own_forces_giving(extract):
    facts = extract("South Korea will send Ukraine military aid worth 2 billion won, the ministry said. Officials "
                    "expect the cargo flights to start next week. They will go by air to Poland. A military official "
                    "said Korea's armed forces will give Ukraine bulletproof vests and helmets, medical supplies and "
                    "combat rations.", dt.date(2022, 4, 14))
    [package] = facts.aid
    assert (package.donor, package.recipient, package.amount, package.currency) == ("KR", "UA", Decimal("2000000000"), "KRW")
    assert {"bulletproof vests", "helmets", "medical supplies", "combat rations"} <= {i.name for i in package.items}


def test_a_defence_force_handing_over_plates_helmets_and_vests_gives_them(extract):
    facts = extract("In addition, the New Zealand Defence Force is handing Ukrainian forces 1066 body armour plates, "
                    "together with 473 helmets and 571 camouflage vests.", dt.date(2022, 3, 21))
    [package] = facts.aid
    assert (package.donor, package.recipient) == ("NZ", "UA")
    assert {"body armour plates", "helmets", "camouflage vests"} <= {i.name for i in package.items}


def test_equipment_named_by_the_fields_it_serves(extract):
    facts = extract("The EU Council adopted a 20 million euro assistance measure for the Armenian armed forces under the "
                    "European Peace Facility on Monday. The equipment approved covers air surveillance, logistics, and "
                    "command and control.", dt.date(2024, 7, 22))
    [package] = facts.aid
    names = {i.name for i in package.items}
    assert {"logistics equipment", "command and control equipment"} <= names
    assert any(n.startswith("air surveillance") for n in names)


def test_modifiers_joined_by_and_before_one_head_name_an_item_each(extract):
    facts = extract("The European Union will give Georgia 12.75 million euros, which will pay for medical and "
                    "engineering equipment.", dt.date(2021, 12, 2))
    [package] = facts.aid
    assert {"medical equipment", "engineering equipment"} <= {i.name for i in package.items}


def test_a_package_a_country_unveils_holds_the_list_after_it(extract):
    facts = extract("Madrid has unveiled its newest package of military help for Ukraine: ten Leopard 2A4 main battle "
                    "tanks together with weaponry and specialised equipment.", dt.date(2024, 7, 16))
    [package] = facts.aid
    assert (package.donor, package.recipient) == ("ES", "UA")
    assert {"Leopard 2A4", "weaponry", "specialised equipment"} <= {i.name for i in package.items}


def test_what_the_prime_minister_announced_comprises_the_contents(extract):
    facts = extract("Australia will give Ukraine a A$100 million package, the government said. What Prime Minister "
                    "Anthony Albanese announced today comprises 28 trucks, 14 trailers and 28 more M113 armoured "
                    "vehicles.", dt.date(2023, 6, 26))
    [package] = facts.aid
    names = {i.name for i in package.items}
    assert {"trucks", "trailers"} <= names and any("M113" in n for n in names)


def test_two_signatories_give_nothing_and_the_currency_tells_whose_project_it_is(extract):
    facts = extract("Japan's ambassador Kazuya Endo and the Philippines' Foreign Secretary Enrique Manalo signed notes in "
                    "Manila on December 5 for a 1.6 billion yen project under Japan's Official Security Assistance. The "
                    "Philippine Navy is to receive coastal radar systems.", dt.date(2024, 12, 6))
    assert [(p.donor, p.recipient, p.amount, p.currency) for p in facts.aid if p.amount] == [
        ("JP", "PH", Decimal("1600000000"), "JPY")]


def test_materiel_told_later_as_something_more_is_not_the_priced_package(extract):
    text = ("Britain will give Ukraine a £100 million package of air defence missiles, the defence secretary said. "
            "Officials expect the first deliveries in weeks. The missiles will come from British stocks. Training "
            "will take place in Britain. Crews will need a month. Britain will also send Ukraine 14 Challenger 2 "
            "tanks, the prime minister said.")
    facts = extract(text, dt.date(2023, 1, 16))
    assert len(facts.aid) == 2 and any(p.amount is None and any("Challenger" in i.name for i in p.items)
                                       for p in facts.aid)


def test_the_one_given_weapons_by_a_donor_is_the_recipient_and_pesos_are_money(extract):
    facts = extract("The US Embassy in Manila said the Philippine military had been given P183 million worth of weapons "
                    "and equipment by JUSMAG, the Joint US Military Assistance Group.", dt.date(2021, 6, 25))
    assert [(p.donor, p.recipient, p.amount, p.currency) for p in facts.aid] == [
        ("US", "PH", Decimal("183000000"), "PHP")]


def packages(facts):
    return [(p.donor, p.recipient, p.amount, p.currency) for p in facts.aid]


def test_a_pronoun_that_gives_is_the_official_who_says_so(extract):
    facts = extract("President Emmanuel Macron said on Friday that he had signed off on a further €300 million worth "
                    "of shells and drones for Ukraine.", dt.date(2024, 3, 9))
    assert packages(facts) == [("FR", "UA", Decimal("300000000"), "EUR")]


def test_an_amount_first_told_in_dollars_stays_in_dollars_beside_its_conversion(extract):
    facts = extract("Under the new agreement, Lithuania will give Ukraine military aid worth USD200 million (EUR185 "
                    "million) this year alone.", dt.date(2024, 4, 15))
    assert packages(facts) == [("LT", "UA", Decimal("200000000"), "USD")]


def test_what_was_given_by_the_end_of_a_month_is_a_running_total(extract):
    facts = extract("By the end of April, Slovakia had given Ukraine equipment from its army stores, helicopters and "
                    "ammunition among it, worth EUR 700 million, the Slovak Defence Ministry said on Tuesday.",
                    dt.date(2024, 5, 7))
    assert facts.aid == ()


def test_a_contribution_the_government_signs_off_is_a_package(extract):
    facts = extract("Lithuania is leading a drone coalition for Ukraine. Last week the government signed off on a "
                    "€25 million national contribution to the drone scheme.", dt.date(2024, 5, 7))
    assert [(p.donor, p.amount) for p in facts.aid] == [("LT", Decimal("25000000"))]


def test_contents_told_after_the_package_as_its_capabilities_parts_and_the_rest_of_its_list(extract):
    facts = extract(
        "The Pentagon announced on Monday a $700 million drawdown for Ukraine, the largest so far.\n\n"
        "Among the capabilities is more ammunition for the High Mobility Artillery Rocket Systems.\n\n"
        "Also part of the drawdown are 800 Javelin missiles and several hundred AT4 anti-armor systems.\n\n"
        "The rest of the list:\n"
        "-- 40,000 rounds of ammunition for 155mm artillery.\n"
        "-- Munitions for NASAMS (National Advanced Surface-to-Air Missile Systems).\n"
        "-- 30 armored medical treatment vehicles.\n"
        "-- C-4 explosives and demolition munitions.\n", dt.date(2022, 8, 9))
    [package] = facts.aid
    names = " | ".join(i.name.lower() for i in package.items)
    for item in ("javelin", "at4", "155mm", "nasams", "medical treatment vehicles", "c-4 explosives"):
        assert item in names, (item, names)


def test_what_the_money_goes_to_and_what_the_recipients_forces_are_to_receive_are_the_contents(extract):
    facts = extract("Japan and Vietnam signed notes in Hanoi on Friday for a 2 billion yen project under Japan's "
                    "Official Security Assistance for the Vietnamese armed forces.\n\nThe Vietnamese Navy is to receive patrol boats and coastal radar "
                    "systems to watch its waters.\n\nThe project should make the sea lanes safer.\n", dt.date(2024, 9, 6))
    [package] = facts.aid
    assert {"patrol boats", "coastal radar systems"} <= {i.name.lower() for i in package.items}
    facts = extract("The European Union approved €12 million in assistance for Moldova's armed forces on Thursday under the European "
                    "Peace Facility. Specifically, the money will go to engineering equipment, mobility vehicles and "
                    "cyber-defence systems.", dt.date(2024, 9, 6))
    [package] = facts.aid
    assert {"mobility vehicles", "cyber-defence systems"} <= {i.name.lower() for i in package.items}


def test_no_recipient_of_the_article_is_the_donor_nobody_names(extract):
    facts = extract("The European Council will fund measures for the armed forces of Armenia, Moldova and Georgia "
                    "under the European Peace Facility, the Council said on Monday.\n\n"
                    "Armenia is to receive 10 million euros in assistance for its medical units.\n\n"
                    "For Moldova, 8 million euros is being set aside for its engineers.\n\n"
                    "Georgia gets an assistance measure of 20 million euros, which the Council said will help its forces "
                    "respond to emergencies.\n", dt.date(2024, 7, 23))
    assert {(p.donor, p.recipient) for p in facts.aid} == {("EU", "AM"), ("EU", "MD"), ("EU", "GE")}


@pytest.mark.parametrize("contents, expected", [
    ("medical, engineering and demining equipment and anti-tank mines",
     {"medical equipment", "engineering equipment", "demining equipment", "anti-tank mines"}),
    ("fuel, food and medical supplies", {"fuel", "food", "medical supplies"}),
])
def test_listed_kinds_of_one_item_are_each_an_item(extract, contents, expected):
    facts = extract("Norway will give Ukraine a package of 50 million kroner, the defence ministry said on Monday. "
                    f"The package includes {contents}.", dt.date(2024, 3, 6))
    [package] = facts.aid
    assert {i.name for i in package.items} == expected


def test_a_hyphenated_kind_of_item_stays_whole(extract):
    facts = extract("On Thursday Prime Minister Rishi Sunak announced that London will send Ukraine another 1,000 "
                    "surface-to-air missiles together with winterization material.", dt.date(2022, 11, 10))
    [package] = facts.aid
    assert {i.name for i in package.items} == {"surface-to-air missiles", "winterization material"}


def test_work_done_on_one_thing_is_not_kinds_of_it(extract):
    facts = extract("The UK will give Ukraine a package of 450 million pounds, the ministry said on Monday. It will pay "
                    "for drones and for repairing and maintaining vehicles.", dt.date(2024, 3, 6))
    [package] = facts.aid
    assert "repairing vehicles" not in {i.name for i in package.items}


def test_swedish_kronas_are_swedish_crowns(extract):
    facts = extract("At a press briefing on Monday, Swedish Defence Minister Pal Jonson unveiled his country's newest "
                    "support package for Ukraine, valued at 4.5 billion Swedish Kronas.", dt.date(2024, 9, 10))
    assert [(p.amount, p.currency) for p in facts.aid] == [(Decimal("4500000000"), "SEK")]


def test_what_the_package_takes_in_and_a_smaller_sum_of_it_are_its_contents(extract):
    facts = extract("Sweden unveiled a support package for Ukraine worth 4.5 billion kronor on Monday, covering "
                    "namely ammunition and camouflage equipment. In addition, the package takes in marine equipment, "
                    "plus financial donations amounting to 700 million kronor.", dt.date(2024, 9, 10))
    [package] = facts.aid
    assert package.amount == Decimal("4500000000") and {"ammunition", "marine equipment"} <= {i.name for i in package.items}


def test_thanks_to_a_countrys_body_for_a_package_names_donor_and_recipient(extract):
    facts = extract("On Thursday, Israel's defense and foreign ministers expressed their thanks to the US House of "
                    "Representatives for passing a $1 billion package that pays for interceptor missiles.",
                    dt.date(2022, 3, 10))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("US", "IL")]


def test_a_spending_bill_with_military_financing_for_a_country_is_a_package_a_share_of_it_is_not(extract):
    facts = extract("Passed by Congress on Saturday, the spending bill contains $300 million for Taiwan in Foreign "
                    "Military Financing. Most of the $300 million has to go on weapons from U.S. contractors, but Taiwan "
                    "may spend $45 million of it on equipment bought on the island.", dt.date(2024, 3, 25))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("US", "TW", Decimal("300000000"))]


def test_one_donors_package_told_again_is_one_package_of_the_earlier_day(extract):
    facts = extract("On Wednesday President Joe Biden announced a $1.85 billion package for Ukraine that includes a "
                    "Patriot battery. On Thursday, Austin and Reznikov discussed the $1.85 billion package for Ukraine "
                    "by phone.", dt.date(2022, 12, 23))
    [package] = facts.aid
    assert package.date == dt.date(2022, 12, 21)


def test_a_countrys_commitment_names_the_donor(extract):
    facts = extract("Stoltenberg pointed to Germany's commitment of nearly 600 million euros to the artillery "
                    "initiative for Ukraine and a new Finnish aid package worth 188 million euros.", dt.date(2024, 4, 5))
    assert {(p.donor, p.amount) for p in facts.aid} == {("DE", Decimal("600000000")), ("FI", Decimal("188000000"))}


def test_among_other_items_the_package_holds_and_the_lines_after_will_also_receive_are_its_contents(extract):
    facts = extract("Ukraine is getting a new military aid package worth €90 million from Norway.\n\nAmong other items, "
                    "the package holds 7.62 mm cartridges for rifles and 155 mm shell propellant.\n\nAccording to the "
                    "ministry, the transfer is being prepared.\n\nUkraine will also receive from Norway:\n\n"
                    "• 12 demining robots;\n• 30 generators for military use.\n\nThe money comes from a fund.",
                    dt.date(2024, 3, 6))
    [package] = facts.aid
    assert {"7.62 mm cartridges", "155 mm shell propellant", "demining robots", "generators"} <= \
        {i.name for i in package.items}


def test_a_stalled_package_is_no_aid_yet(extract):
    facts = extract("Britain has announced its biggest aid package for Ukraine, worth 500 million pounds, the government "
                    "said on Tuesday. The move comes while the White House is trying to get a long-stalled aid package "
                    "of about $60 billion from the United States passed.", dt.date(2024, 4, 23))
    assert [(p.donor, p.amount) for p in facts.aid] == [("GB", Decimal("500000000"))]


def test_contents_told_over_several_sentences_stay_with_the_package(extract):
    facts = extract("Britain will give Ukraine a 500 million pound package, the government said on Tuesday. Ukraine "
                    "needs help as Russian forces advance. The total for the year is now 3 billion pounds. The new "
                    "package will pay for air defence and drones. The drones will be made in Britain. It contains 60 "
                    "boats and over 1,600 missiles.\n\nAlso to be delivered are over 400 vehicles, together with 4 "
                    "million rounds of ammunition for small arms.", dt.date(2024, 4, 23))
    package = next(p for p in facts.aid if p.amount == Decimal("500000000"))
    assert {"boats", "missiles", "vehicles"} <= {i.name for i in package.items}


def test_the_new_aid_comes_after_another_package_of_the_same_donor(extract):
    facts = extract("On Friday the Defense Department presented a weapons package for Ukraine worth $820 million.\n\n"
                    "Officials said it will come through two authorities.\n\nPresident Biden signaled the aid on Thursday."
                    "\n\nThere, Biden said Washington would back Ukraine as long as it takes.\n\nThe new aid comes after "
                    "another, separate $450 million military aid shipment for Ukraine that was announced last week and "
                    "included patrol boats.", dt.date(2022, 7, 1))
    assert {(p.donor, p.amount) for p in facts.aid} == {("US", Decimal("820000000")), ("US", Decimal("450000000"))}


def test_a_deal_in_a_national_currency_under_a_security_assistance_programme_is_that_countrys_package(extract):
    facts = extract("Japan and the Philippines have sealed a ¥1.6 billion agreement under Japan's Official Security "
                    "Assistance programme, the embassy said on Thursday.\n\nThrough the initiative, the Philippine Navy "
                    "is to be given coastal radar systems and rigid-hulled inflatable boats.", dt.date(2024, 12, 5))
    [package] = facts.aid
    assert (package.donor, package.recipient, package.currency) == ("JP", "PH", "JPY")
    assert {"coastal radar systems", "rigid-hulled inflatable boats"} <= {i.name for i in package.items}


def test_what_a_donor_told_after_its_gift_gives_is_not_the_donor_before(extract):
    facts = extract("Stoltenberg pointed to recent contributions: Germany's commitment of nearly 600 million euros to "
                    "the artillery initiative for Ukraine, 10,000 drones supplied by the United Kingdom, and a new "
                    "Finnish aid package worth 188 million euros.", dt.date(2024, 4, 5))
    german = next(p for p in facts.aid if p.donor == "DE")
    assert "drones" not in {i.name for i in german.items}


def test_a_package_the_new_aid_is_said_to_come_on_top_of_is_the_same_donors(extract):
    facts = extract("President Biden told Volodymyr Zelensky that Washington would give Ukraine $300 million in budgetary "
                    "aid. That appears to come on top of a $600 million batch of military aid.", dt.date(2022, 4, 1))
    assert ("US", "UA", 600_000_000) in {(p.donor, p.recipient, p.amount) for p in facts.aid}


def test_each_country_of_a_gapped_list_of_sums_gives_its_own(extract):
    facts = extract("Nordic states are raising their support for Ukraine. By country, Finland will put in around "
                    "$80 million and Norway about $120 million, while Iceland gives $15 million for drones.",
                    dt.date(2025, 8, 5))
    assert {(p.donor, p.amount) for p in facts.aid} >= {("FI", 80_000_000), ("NO", 120_000_000), ("IS", 15_000_000)}


def test_a_country_first_to_join_pledging_a_sum_gives_it(extract):
    facts = extract("Allies set up a fund to buy US weapons for Ukraine. Belgium was the first country to join the fund on "
                    "Monday, pledging 300 million euros.", dt.date(2025, 8, 5))
    assert ("BE", "UA", 300_000_000, "EUR") in {(p.donor, p.recipient, p.amount, p.currency) for p in facts.aid}


def test_a_sum_in_renminbi_converted_to_pesos_is_the_donors_sum(extract):
    facts = extract("CLARK, Philippines – Beijing has given the Philippine military rifles and ammunition. Valued at 20 "
                    "million renminbi, or "
                    "roughly P150 million, the assistance is made up of rifles and rounds of ammunition.",
                    dt.date(2017, 6, 29))
    assert {(p.donor, p.recipient, p.amount, p.currency) for p in facts.aid} == {("CN", "PH", 20_000_000, "CNY")}


def test_the_government_whose_website_tells_of_the_aid_is_not_its_recipient(extract):
    facts = extract("Canada's defence minister announced CAD 25 million in military assistance for Ukraine on Friday. "
                    "A statement on the website of the Canadian government says the announcement covers CAD 25 million "
                    "in military assistance.", dt.date(2025, 6, 7))
    assert {(p.donor, p.recipient) for p in facts.aid} == {("CA", "UA")}


def test_a_recipient_named_only_by_description_is_the_country_the_article_names_most(extract):
    facts = extract("Prime Minister Fumio Kishida and his Malaysian counterpart agreed that Japan will give rescue boats "
                    "to the military of the Southeast Asian country. Malaysia welcomed the step. The new assistance "
                    "from Japan is valued at 300 million yen.", dt.date(2023, 12, 17))
    assert ("JP", "MY", 300_000_000) in {(p.donor, p.recipient, p.amount) for p in facts.aid}


def test_promises_of_several_countries_told_one_by_one(extract):
    facts = extract("Other countries have also promised Kyiv military materiel. The Czechs had delivered to Ukraine "
                    "pistols and ammunition worth 100 million crowns. Belgium has promised 2,000 tons of fuel and 1,000 "
                    "machine guns. Germany, which long refused to export weapons, has cleared the Netherlands to deliver "
                    "300 grenade launchers to Ukraine.", dt.date(2022, 2, 27))
    got = {(p.donor, p.amount) for p in facts.aid}
    assert got == {("CZ", 100_000_000), ("BE", None)}  # no one's "materiel", no German gift
    assert next(p for p in facts.aid if p.donor == "CZ").currency == "CZK"


def test_a_government_named_for_its_leader_promised_the_tanks(extract):
    facts = extract("Australia's Prime Minister Anthony Albanese spoke about the war. In October last year Ukraine was "
                    "promised 49 M1A1 Abrams by the Albanese government.", dt.date(2025, 2, 4))
    assert [(p.donor, p.recipient, [i.name for i in p.items]) for p in facts.aid] == [("AU", "UA", ["M1A1 Abrams"])]


def test_a_sum_out_of_a_years_funding_and_the_other_sum_coming_from_another_donor(extract):
    facts = extract("Britain said £250m out of its £3.5bn of Ukraine funding for this year will go on drones and on "
                    "repairing vehicles. The other £80m, which the defence secretary will announce in Brussels, is coming "
                    "from Norway through the International Fund for Ukraine, which the UK leads.", dt.date(2025, 4, 10))
    got = {(p.donor, p.recipient, p.amount, p.currency) for p in facts.aid}
    assert got == {("GB", "UA", 250_000_000, "GBP"), ("NO", "UA", 80_000_000, "GBP")}


def test_items_of_fields_listed_after_a_colon_and_of_equipment_handed_over_including_some(extract):
    facts = extract("Worth €20 million and running for two years, the EU measure for Moldova will pay for non-lethal "
                    "equipment in three fields: mobility, logistics equipment and electronic warfare.", dt.date(2024, 4, 5))
    assert {"mobility equipment", "electronic warfare equipment"} <= {i.name for p in facts.aid for i in p.items}
    facts = extract("The Philippine military had been given P100 million worth of weapons by the US. On Monday, US "
                    "officials handed over the equipment, including 12 mortar tubes and eight heavy machine guns.",
                    dt.date(2021, 6, 25))
    [package] = facts.aid
    assert {"mortar tubes", "heavy machine guns"} <= {i.name for i in package.items}


def test_fields_joined_by_and_are_two_unless_one_field_is_named_so(extract):
    facts = extract("The EU will provide €8 million to Ghana's armed forces for equipment for imagery and engineering.",
                    dt.date(2023, 7, 10))
    assert {"imagery equipment", "engineering equipment"} <= {i.name for p in facts.aid for i in p.items}
    facts = extract("The EU will provide €8 million to Ghana's armed forces. The equipment covers air surveillance, "
                    "logistics, and command and control.", dt.date(2023, 7, 10))
    assert "command and control equipment" in {i.name for p in facts.aid for i in p.items}


def test_a_government_named_in_full_gives_and_what_it_has_given_so_far_is_a_total(extract):
    facts = extract("A batch of military hardware and assorted gear worth 6 million Yuan has been given by the People's "
                    "Republic of China's Government to the Moldovan National Army. Taken together, the assistance the "
                    "National Army has received from the Chinese Government is valued at 16 million Yuan.",
                    dt.date(2017, 8, 29))
    assert {(p.donor, p.recipient, p.amount, p.currency) for p in facts.aid} == {("CN", "MD", 6_000_000, "CNY")}


def test_a_sum_spread_over_three_countries_is_a_total_and_each_countrys_share_is_a_package(extract):
    facts = extract("The European Council agreed that close to €50 million in military support will go to three "
                    "countries' armed forces. On Monday the Council said €30 million under the European Peace Facility is "
                    "earmarked for the Jordanian Armed Forces. The DRC is to get €8 million in military equipment. The "
                    "Council says support for the DRC has now reached €20 million overall. This package will supply "
                    "non-lethal equipment. In Chad, the €12 million will go towards upgrading a military academy.",
                    dt.date(2025, 11, 25))
    got = {(p.donor, p.recipient, p.amount) for p in facts.aid}
    assert got == {("EU", "JO", 30_000_000), ("EU", "CD", 8_000_000), ("EU", "TD", 12_000_000)}


def test_a_handover_told_separately_is_its_own_package(extract):
    facts = extract("Twelve new armored military vehicles have been handed to Somalia by Turkey. Separately, Turkey on "
                    "Monday also handed Somalia 12 off-road vehicles.", dt.date(2020, 8, 28))
    assert len(facts.aid) == 2


def test_presented_with_an_aircraft_a_decision_to_give_and_thanks_to_the_giver(extract):
    facts = extract("On Monday India presented Sri Lanka with a Dornier reconnaissance aircraft.", dt.date(2022, 8, 16))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("IN", "LK")]
    facts = extract("He also described Japan's decision to send Self-Defense Forces equipment to Ukraine, for example "
                    "drones and masks.", dt.date(2022, 4, 27))
    [package] = facts.aid
    assert (package.donor, package.recipient) == ("JP", "UA") and "drones" in {i.name for i in package.items}
    facts = extract("Reznikov expressed thanks to Japan for supplying Ukraine with body armor and helmets.",
                    dt.date(2022, 4, 14))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("JP", "UA")]


def test_a_makers_deliveries_and_a_token_fee_are_no_aid(extract):
    facts = extract("The Philippines will hand over a token $100 for the decommissioned warship. Korea Aerospace "
                    "Industries (KAI) supplied the Philippine Air Force with 12 brand new FA-50 fighter jets.",
                    dt.date(2017, 4, 27))
    assert facts.aid == ()


def test_sums_adding_up_to_the_package_are_its_parts_and_the_programme_named_picks_the_package(extract):
    facts = extract("Britain will provide Ukraine with drones under a £300m package. The deal puts another £100m on top "
                    "of the £200m package the Prime Minister had already announced.", dt.date(2024, 3, 7))
    assert [(p.donor, p.amount) for p in facts.aid] == [("GB", 300_000_000)]
    facts = extract("The State Department said it was raising the Foreign Military Financing (FMF) for Taiwan by $50 "
                    "million. In July the White House announced a drawdown from US stocks for Taiwan worth $300 million. "
                    "The FMF money could buy rocket artillery and counter-drone systems.", dt.date(2023, 9, 12))
    fmf = next(p for p in facts.aid if p.amount == 50_000_000)
    assert {"rocket artillery", "counter-drone systems"} <= {i.name for i in fmf.items}


def test_it_that_gave_is_the_donor_told_before_and_a_countrys_aid_money_came_from_is_not_the_giver(extract):
    facts = extract("The United States is stepping up its support for Taiwan. Passed by Congress on Saturday, the State "
                    "Department spending bill contains $200 million for Taiwan in Foreign Military Financing. Last year "
                    "it gave Taiwan $50 million in FMF taken from part of Egypt's aid, which had been frozen.",
                    dt.date(2024, 3, 24))
    assert {(p.donor, p.recipient, p.amount) for p in facts.aid} >= {("US", "TW", 50_000_000)}
    assert all(p.donor != "EG" for p in facts.aid)


def test_two_sums_each_the_subject_of_its_own_clause_are_two_packages_and_a_separate_sum_told_after(extract):
    facts = extract("The Pentagon announced new aid for Ukraine. The DOD said on Tuesday that $400 million of equipment "
                    "will come through a Presidential Drawdown, while $1.2 billion will be paid for with Ukraine "
                    "Security Assistance Initiative funds.", dt.date(2023, 4, 5))
    assert {p.amount for p in facts.aid if p.donor == "US"} == {400_000_000, 1_200_000_000}
    facts = extract("The US announced a $300 million package for Ukraine on Friday. In the past three weeks alone, $2 "
                    "billion in U.S. security assistance has been committed to Ukraine. The week before, the "
                    "administration had announced a separate $700 million ...", dt.date(2022, 7, 9))
    assert {p.amount for p in facts.aid} == {300_000_000, 700_000_000}


def test_a_package_first_told_in_euros_keeps_the_donors_own_currency_told_next_and_its_bullets(extract):
    facts = extract("Sweden's government has presented its biggest military aid package for Ukraine so far, worth 530 "
                    "million euros and including amphibious assault boats.\n\nThe package is said to have an overall value "
                    "of SEK 6.1 billion.\n\nThe broadcaster lists what Sweden will hand over to Ukraine:\n\n• 20 landing "
                    "boats;\n• hand grenades;\n\nIn all, since the invasion began, Sweden has given Ukraine aid worth 20 "
                    "billion kronor.", dt.date(2024, 2, 20))
    [package] = facts.aid
    assert (package.amount, package.currency) == (6_100_000_000, "SEK")
    assert {"landing boats", "hand grenades", "amphibious assault boats"} <= {i.name for i in package.items}


def test_carriers_a_country_is_due_to_get_from_a_donor(extract):
    facts = extract("Moldova is due to get another 12 Piranha armoured personnel carriers from Germany, German Defense "
                    "Minister Boris Pistorius said in Chisinau, Moldova.", dt.date(2024, 5, 31))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("DE", "MD")]


def test_a_package_with_a_relative_clause_of_contents_told_after_its_price(extract):
    facts = extract("Norwegian Defence Minister Bjorn Arild Gram said on Monday that a new support package for Ukraine, "
                    "worth NOK 400 million, is under way. Parliament backs sending a large package, which contains "
                    "trucks, pistols and mine clearance hoses.", dt.date(2024, 3, 5))
    [package] = facts.aid
    assert {"trucks", "pistols", "mine clearance hoses"} <= {i.name for i in package.items}


def test_materiel_his_country_will_ship_belongs_to_the_package_just_told(extract):
    facts = extract("Estonia has approved a military aid package for Ukraine worth 80 million euros, Estonian Prime "
                    "Minister Kaja Kallas said. The Estonian leader said her country would ship torpedoes, field "
                    "hospitals and excavators to Ukraine in March.", dt.date(2024, 1, 12))
    [package] = facts.aid
    assert (package.donor, package.amount) == ("EE", 80_000_000)
    assert {"torpedoes", "field hospitals", "excavators"} <= {i.name for i in package.items}


def test_materiel_supplied_in_the_passive_under_the_programme_named_again(extract):
    facts = extract("Japan signed notes on a grant of 600 million yen to Vanuatu under its Official Security Assistance. "
                    "The framework began in 2023. Vanuatu matters to regional stability. Its police face a wide sea. "
                    "Maritime awareness is growing in importance. Under this programme, patrol boats and related "
                    "equipment will be supplied to the Vanuatu police.", dt.date(2024, 6, 1))
    [package] = facts.aid
    assert "patrol boats" in {i.name for i in package.items}


def test_contents_go_to_the_package_their_programme_names_in_a_sentence_of_two(extract):
    facts = extract("The DOD said on Tuesday that, for Ukraine, $300 million of equipment will come through a Drawdown, "
                    "while $1.5 billion will be paid for with Ukraine Security Assistance Initiative funds. The "
                    "Presidential Drawdown will supply artillery rounds and heavy fuel tankers. The package also covers "
                    "small arms. The USAI funds will pay for air surveillance radars.", dt.date(2023, 4, 5))
    by_amount = {p.amount: {i.name for i in p.items} for p in facts.aid}
    assert {"artillery rounds", "heavy fuel tankers", "small arms"} <= by_amount[300_000_000]
    assert "air surveillance radars" in by_amount[1_500_000_000]
    assert "artillery rounds" not in by_amount[1_500_000_000]


def test_deliveries_of_materiel_name_the_materiel_and_a_bracketed_conversion_is_one_package(extract):
    facts = extract("Denmark has announced a donation of about 3 billion Danish kroner to Ukraine. The money will pay "
                    "for ammunition deliveries.", dt.date(2025, 2, 24))
    [package] = facts.aid
    assert "ammunition" in {i.name for i in package.items}
    facts = extract("Canberra is to give Ukraine a new military aid package worth $120 million. \"Valued at about $180 "
                    "million [in Australian dollars; $120 million in US dollars], this package adds firepower,\" the "
                    "minister said.", dt.date(2024, 10, 17))
    assert len(facts.aid) == 1


def test_pesos_with_dollars_in_brackets_and_the_gear_which_included(extract):
    facts = extract("MANILA--Military equipment worth 2.1 billion pesos ($40 million) has been handed to the Philippines "
                    "by Japan, the defence secretary said on Monday. The gear, which included radars and rescue boats, was "
                    "turned over at a ceremony.", dt.date(2024, 3, 5))
    [package] = facts.aid
    assert (package.donor, package.recipient) == ("JP", "PH")
    assert {"radars", "rescue boats"} <= {i.name for i in package.items}


def test_a_price_told_right_after_materiel_handed_over_is_its_package(extract):
    facts = extract("Ten armoured patrol vehicles have been handed to Fiji by New Zealand. The minister said they were "
                    "bought for the Fiji police under a commitment of NZ$4 million.", dt.date(2024, 8, 1))
    [package] = facts.aid
    assert (package.donor, package.recipient, package.amount, package.currency) == ("NZ", "FJ", 4_000_000, "NZD")


def test_arms_sales_are_not_aid(extract):
    facts = extract("The State Department has cleared possible sales of Patriot missiles to Poland and of helicopters to "
                    "Greece, in deals that could add up to more than $2.5 billion.", dt.date(2024, 7, 1))
    assert facts.aid == ()


def test_what_the_parts_told_after_a_package_buy_is_the_packages_too(extract):
    facts = extract("Ottawa is giving Ukraine a further $300 million of military aid, Defence Minister Bill Blair said. "
                    "Apart from shells, Canada is giving $60 million for armoured ambulances. Blair also announced a "
                    "donation of winter gear worth $20 million - sleeping bags and winter boots among it.",
                    dt.date(2025, 1, 10))
    whole = next(p for p in facts.aid if p.amount == 300_000_000)
    assert {"armoured ambulances", "sleeping bags", "winter boots"} <= {i.name for i in whole.items}


def test_he_who_authorized_a_drawdown_is_the_official_the_sentence_before_names(extract):
    facts = extract("Secretary of State Antony Blinken has announced the 24th drawdown of arms for Ukraine. According to "
                    "a release, he authorized the $400 million drawdown, covering munitions and armored vehicles.",
                    dt.date(2022, 11, 5))
    [package] = facts.aid
    assert (package.donor, package.recipient, package.amount) == ("US", "UA", 400_000_000)


def test_kronor_of_a_norwegian_package_and_a_conversion_after_or(extract):
    facts = extract("Norway to set aside over $180 million for Ukraine's navy\n\nNorway's government is to earmark 2 "
                    "billion Norwegian kroner, or $180.5 million, for Ukraine's naval forces. As part of this, Oslo will "
                    "give Ukraine mine clearance systems. The kingdom will also spend a further 150 million kronor "
                    "buying small boats for Ukraine.", dt.date(2024, 12, 16))
    amounts = {(p.amount, p.currency) for p in facts.aid}
    assert (2_000_000_000, "NOK") in amounts and not any(c == "USD" for _, c in amounts)
    assert (150_000_000, "NOK") in amounts
    assert len([p for p in facts.aid if p.amount is None]) == 0


def test_two_sums_each_to_its_own_purpose_are_two_packages_and_a_bare_sum_before_its_conversion_is_money(extract):
    facts = extract("On May 2 Canada's Defence Minister Bill Blair announced that Canada will give Ukraine 5 million "
                    "Canadian dollars (about $3.6 million) to demining and roughly 20 million ($14.6 million) to an "
                    "air defence coalition.", dt.date(2024, 5, 2))
    assert sorted((p.amount, p.currency) for p in facts.aid) == [(5_000_000, "CAD"), (20_000_000, "CAD")]


def test_a_package_told_only_by_its_contents_is_the_named_officials_countrys(extract):
    facts = extract("Britain's new Defence Secretary John Healey met Ukraine's Defence Minister Rustem Umerov in Odesa "
                    "to restate support for Ukraine. According to the MoD, the new package contains ammunition, 40 small "
                    "boats and 80 Brimstone missiles.", dt.date(2024, 7, 8))
    [package] = facts.aid
    assert (package.donor, package.recipient, package.amount) == ("GB", "UA", None)
    assert "Brimstone missiles" in {i.name for i in package.items}


def test_thanks_that_went_to_a_country_for_aid_and_a_fund_a_country_leads(extract):
    facts = extract("\"My thanks also went to Sweden for an additional €500 million of military aid to Ukraine,\" the "
                    "president said. Switzerland will host a summit.", dt.date(2024, 5, 8))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("SE", "UA")]
    facts = extract("Out of the money it is giving to the International Fund for Ukraine, which Britain leads, Denmark "
                    "plans to use as much as DKK 150 million to buy artillery ammunition for Ukraine.", dt.date(2022, 10, 14))
    assert [(p.donor, p.recipient, p.currency) for p in facts.aid] == [("DK", "UA", "DKK")]


def test_materiel_told_with_its_value_and_its_giver_in_the_next_sentence(extract):
    facts = extract("The Philippine military has received an assortment of equipment as a gift from China.\n\nOn 16 "
                    "January, military equipment valued at about CNY76 million ($12.2 million) reached Manila in the "
                    "Philippines. The Chinese government donated the consignment.\n\nPhotographs showed a mixed bag "
                    "of items: fire trucks and ambulances, transport vehicles, small UAVs and EOD robots.",
                    dt.date(2022, 1, 26))
    [package] = facts.aid
    assert (package.donor, package.recipient, package.amount, package.currency) == ("CN", "PH", Decimal("76000000"), "CNY")
    names = {i.name for i in package.items}
    assert {"fire trucks", "ambulances", "transport vehicles", "small uavs"} <= names and "mixed bag" not in names


def test_materiel_priced_sentences_after_its_handover_and_materiel_due_with_its_value(extract):
    facts = extract("On Wednesday the Japanese government formally handed five coastal radar systems to the "
                    "Philippines. The radars were supplied under Japan's official security assistance. The ambassador "
                    "spoke at the ceremony. He said the sea lanes mattered to many nations. He did not name China. The "
                    "coastal radars, worth JPY 600 million, will be operated by the Philippine Navy. Next year the "
                    "Philippines is due to get rigid-hulled inflatable boats worth JPY 900 million.", dt.date(2026, 2, 11))
    assert sorted((p.donor, p.recipient, p.amount) for p in facts.aid) == [
        ("JP", "PH", Decimal("600000000")), ("JP", "PH", Decimal("900000000"))]


def test_materiel_bought_from_another_country_or_money_lent_is_no_aid(extract):
    facts = extract("Manila said the Philippines has agreed to purchase five patrol ships for its coast guard from "
                    "Japan, in a deal worth over US$400 million. Tokyo will lend Manila ¥64.38 billion so that it can "
                    "acquire the vessels.", dt.date(2024, 5, 18))
    assert facts.aid == ()
    facts = extract("Prime Minister Justin Trudeau said Canada would supply lethal weaponry worth $7.8 million and lend "
                    "$500 million to Ukraine.", dt.date(2022, 2, 14))
    assert [(p.donor, p.amount) for p in facts.aid] == [("CA", Decimal("7800000"))]


def test_the_parts_of_a_package_come_through_programmes_and_what_is_drawn_down_lists_its_contents(extract):
    facts = extract("On Monday the United States rolled out a $2.5 billion package of security assistance for Ukraine. "
                    "Part of the package is a $1.25 billion drawdown package. A further $1.22 billion is to come through "
                    "the Ukraine Security Assistance Initiative. President Joe Biden said he was proud to be announcing "
                    "security assistance for Ukraine of nearly $2.5 billion as Ukrainians keep defending their "
                    "freedom.\n\nAccording to the State Department, what the Pentagon draws down contains spare parts, "
                    "air-to-ground munitions and optically guided missiles.", dt.date(2024, 12, 30))
    [package] = facts.aid
    assert (package.donor, package.recipient, package.amount) == ("US", "UA", Decimal("2500000000"))
    assert {"spare parts", "air-to-ground munitions", "optically guided missiles"} <= {i.name for i in package.items}


def test_counts_hedged_with_no_fewer_than_and_animals_and_automobiles_are_items(extract):
    facts = extract("China donated 11 military automobiles worth USD 6.2 million to the Sri Lanka Army on Tuesday. India "
                    "handed over no fewer than 27 vehicles, two military dogs and five military horses to the Nepali "
                    "Army.", dt.date(2023, 8, 23))
    items = {i.name for p in facts.aid for i in p.items}
    assert {"military automobiles", "vehicles", "military dogs", "military horses"} <= items


def test_contents_set_out_after_a_running_total_are_the_new_packages_and_weights_are_no_money(extract):
    facts = extract("The United States is giving Ukraine another $600 million in military aid, Secretary of State Antony "
                    "Blinken said on Thursday. Nearly $15.8 billion in military assistance has gone to Ukraine from the "
                    "US under the Biden administration. In a statement issued later, the Pentagon set out the contents "
                    "of the package: mine clearing equipment, four counter-artillery radars, eight trailers and four "
                    "trucks.", dt.date(2022, 9, 16))
    [package] = facts.aid
    assert package.amount == Decimal("600000000")
    assert {"counter-artillery radars", "trailers", "trucks"} <= {i.name for i in package.items}
    facts = extract("Defense Secretary Pete Hegseth said the 2,000-pound bombs held back would be released to Israel. "
                    "Russian Defence Minister Sergei Shoigu gave Rajnath Singh a briefing on events in Ukraine, "
                    "including his fears of provocations in which a 'dirty bomb' might be used.", dt.date(2025, 1, 27))
    assert all(p.amount is None for p in facts.aid) and not any(p.donor == "RU" for p in facts.aid)


def test_handovers_of_other_materiel_on_other_days_are_two_packages(extract):
    facts = extract("MOGADISHU (Anadolu Agency)\nOn Aug. 27 Turkey gave the Somali military 12 new armored personnel "
                    "carriers to back its fight against al-Shabaab. According to the ministry, Turkey had delivered 12 "
                    "off-road vehicles to Somalia on Aug. 24.", dt.date(2020, 8, 28))
    assert sorted(p.date for p in facts.aid) == [dt.date(2020, 8, 24), dt.date(2020, 8, 27)]


def test_the_package_or_donation_priced_sentences_later(extract):
    facts = extract("Finland's President Sauli Niinisto has signed off on a decision to send Ukraine a 17th package of "
                    "defence materiel, which contains anti-aircraft weapons and ammunition. Defence Minister Antti "
                    "Häkkänen said Finland would keep backing Ukraine. The new package costs EUR 105 million in total. "
                    "All the packages Finland has sent so far are worth roughly EUR 1.2 billion.", dt.date(2023, 7, 6))
    assert [(p.donor, p.amount, p.currency) for p in facts.aid] == [("FI", Decimal("105000000"), "EUR")]
    facts = extract("MANILA, Philippines - Three rigid hull inflatable boats have been supplied by Japan to the "
                    "Philippine Coast Guard. Each boat measures 7.3 meters. The spokesman said the donation, worth ¥600 "
                    "million, had been made to the coast guard. Abe said Tokyo had settled on a grant in aid of "
                    "¥1-billion for coastal surveillance radars for the Philippines.", dt.date(2017, 11, 16))
    assert sorted((p.amount, tuple(i.name for i in p.items)) for p in facts.aid)[0] == (
        Decimal("600000000"), ("rigid hull inflatable boats",))


def test_a_rounded_headline_sum_is_the_sum_told_exactly_and_a_comparable_earlier_package_stays_apart(extract):
    facts = extract("Outgoing Biden signs off on US$571mil of military aid\n\nUS President Joe Biden has approved "
                    "US$571.3mil of defence assistance for Taiwan, according to the White House. Last week China staged "
                    "its largest maritime exercises in years, sending some 90 ships into waters near Japan. It follows "
                    "by less than three months an earlier, comparable package of US$567mil.", dt.date(2024, 12, 22))
    assert sorted((p.donor, p.amount) for p in facts.aid) == [("US", Decimal("567000000")), ("US", Decimal("571300000"))]


def test_materiel_supplied_by_the_state_of_a_country_and_a_project_with_a_total_price(extract):
    facts = extract("Beirut: On Thursday the Lebanese Army took delivery of 37 vehicles supplied by the State of Qatar "
                    "via the Qatar Fund for Development.", dt.date(2026, 1, 30))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("QA", "LB")]
    facts = extract("Under the plan, Japan is to supply the Mongolian air force with a radar system for air traffic "
                    "control. The Japanese Foreign Ministry says the project, carried out under the defense aid "
                    "framework, carries a total price of 1.3 billion yen, or $8.7 million.", dt.date(2025, 2, 14))
    assert [(p.donor, p.recipient, p.amount, p.currency) for p in facts.aid] == [("JP", "MN", Decimal("1300000000"), "JPY")]


def test_a_sum_told_after_that_package_with_no_giver_is_the_giver_of_the_package_in_focus(extract):
    facts = extract("On Sunday the Czech government approved a further package valued at 400 million crowns for "
                    "Ukraine.\n\nSlovakia approved a military package of 4.4 million euros for Ukraine on Sunday.\n\n"
                    "Details of that package were expected once a cabinet meeting had been held; it came after 11 "
                    "million euros of assistance, including 120mm artillery ammunition and fuel, was approved on "
                    "Saturday.", dt.date(2022, 2, 27))
    assert {(p.donor, p.amount) for p in facts.aid} == {
        ("CZ", Decimal("400000000")), ("SK", Decimal("4400000")), ("SK", Decimal("11000000"))}


def test_a_source_after_according_to_is_neither_recipient_nor_a_zero_count_donor(extract):
    facts = extract("The Pentagon has sent more arms to Ukraine this year. According to the Pentagon, the new $300 million "
                    "package for Ukraine covers ammunition and night vision devices.", dt.date(2022, 4, 4))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("US", "UA", 300_000_000)]
    facts = extract("According to officials, the $300 million package for Ukraine covers ammunition.", dt.date(2022, 4, 4))
    assert all(p.donor != "EU" for p in facts.aid)


def test_a_budget_laws_sum_is_not_a_package(extract):
    facts = extract("On March 11 Congress approved the $1.5 trillion omnibus spending package for fiscal year 2022, "
                    "which held emergency money for Ukraine.", dt.date(2022, 4, 4))
    assert facts.aid == ()


def test_whom_equipment_is_for_is_not_a_field_of_equipment(extract):
    facts = extract("Last month Washington unveiled an $800 million package of military equipment for Ukraine "
                    "(Defense Daily, March 16).", dt.date(2022, 4, 4))
    assert [[i.name for i in p.items] for p in facts.aid] == [["military equipment"]]  # (nothing for Ukraine)


def test_a_country_the_parser_takes_into_the_sum_given_to_it_is_the_recipient(extract):
    facts = extract("Norway will give Ukraine NOK 100 million in military aid, the ministry said.", dt.date(2024, 3, 6))
    assert [(p.donor, p.recipient, p.amount, p.currency) for p in facts.aid] == [("NO", "UA", 100_000_000, "NOK")]


def test_modifiers_joined_by_and_stay_in_the_item_as_written(extract):
    facts = extract("The US will send Taiwan $345 million in firearms, missiles and intelligence and surveillance "
                    "capabilities.", dt.date(2023, 7, 28))
    [package] = facts.aid
    assert "intelligence and surveillance capabilities" in {i.name for i in package.items}


def test_a_drawdown_authorized_by_an_unnamed_speaker_is_the_articles_givers_package(extract):
    facts = extract("Today the United States announces new security assistance for Ukraine. Acting under delegated "
                    "authority, I am today authorizing a $425 million drawdown of equipment and arms for Ukraine.",
                    dt.date(2023, 2, 3))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("US", "UA", 425_000_000)]


def test_a_country_the_parser_takes_into_the_materiel_given_to_it_is_the_recipient(extract):
    facts = extract("Japan will give the Philippines coastal radar systems worth 600 million yen.", dt.date(2024, 3, 6))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("JP", "PH", 600_000_000)]
    facts = extract("Sweden decided to give about $500 million to a NATO initiative that supplies US weapons to Ukraine.",
                    dt.date(2024, 3, 6))
    assert {p.recipient for p in facts.aid} == {"UA"}


def test_contents_told_after_there_will_be_or_covered_by_the_project_are_the_packages_items(extract):
    facts = extract("Britain will give Ukraine 500 million pounds in new aid. According to the prime minister, there will "
                    "be 400 vehicles, 60 boats and air defence equipment.", dt.date(2024, 4, 23))
    [package] = facts.aid
    assert {"vehicles", "boats", "air defence equipment"} <= {i.name for i in package.items}


def test_a_batch_handed_over_is_not_folded_into_a_plan_priced_later(extract):
    facts = extract("On April 5 Lithuania handed over a batch of M577 armored personnel carriers to Ukraine. The minister "
                    "said support would go on. Lithuania has drawn up a long-term plan under which it means to hand "
                    "Ukraine a EUR 200 million package of military support over 2024-2026.", dt.date(2024, 4, 6))
    assert sorted((p.amount or 0, [i.name for i in p.items]) for p in facts.aid) == [(0, ["M577"]), (200_000_000, [])]


def test_materiel_told_under_the_donation_further_on_is_that_packages(extract):
    facts = extract("Norway has committed air defence equipment worth 335 million kroner to Ukraine. The pledge came "
                    "as the prime minister met the Ukrainian president in Oslo. He stressed the need to protect cities. "
                    "Winter is coming. Under the donation, Norway will hand over four fire-direction units and eight "
                    "NASAMS launch systems.", dt.date(2023, 12, 14))
    [package] = facts.aid
    assert {"fire-direction units", "NASAMS"} <= {i.name for i in package.items}


def test_units_of_a_kind_of_materiel_are_items_and_army_units_are_not(extract):
    facts = extract("Britain will send Ukraine 200 GPS units and 40 army units worth 10 million pounds.", dt.date(2024, 3, 6))
    assert [[i.name for i in p.items] for p in facts.aid] == [["GPS units"]]


def test_tranches_adding_up_to_a_sum_are_a_total_and_a_package_adding_up_to_one_is_its_value(extract):
    facts = extract("Sweden will give Ukraine a further 3 billion crowns in military aid. Sweden's previous government "
                    "had approved several tranches of aid to Ukraine adding up to well over a billion crowns.",
                    dt.date(2022, 11, 16))
    assert [p.amount for p in facts.aid] == [3_000_000_000]
    facts = extract("Sweden unveiled its 18th military aid package for Ukraine on Thursday. The package adds up to "
                    "13.5 billion kronor.", dt.date(2025, 1, 30))
    assert [p.amount for p in facts.aid] == [13_500_000_000]


def test_the_military_share_of_a_sum_of_aid_is_the_package(extract):
    facts = extract("Finland will give Ukraine EUR 300 million in aid, EUR 120 million of which is military support, the "
                    "prime minister said.")
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("FI", "UA", Decimal("120000000"))]


def test_a_package_split_into_military_and_humanitarian_parts_is_its_military_part(extract):
    facts = extract("Ireland has announced a new aid package for Ukraine worth EUR 50 million. The package falls into two "
                    "parts: military assistance of EUR 20 million and humanitarian aid of EUR 30 million.")
    assert [(p.donor, p.amount) for p in facts.aid] == [("IE", Decimal("20000000"))]


def test_equipment_received_from_an_ambassador_is_his_countrys_gift(extract):
    facts = extract("On Friday the Kenyan defence chief took delivery of the equipment, valued at US$12 million, from "
                    "Li Wei, the Chinese ambassador to Kenya.")
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("CN", "KE", Decimal("12000000"))]


def test_what_the_equipment_given_by_a_government_comprised_are_its_items(extract):
    facts = extract("China has donated equipment worth $4 million to Ghana's army. The military equipment given by "
                    "the China government comprised 300 sets of uniforms, 25 military tents and ten heavy-duty trucks.")
    [package] = facts.aid
    assert {"uniforms", "military tents", "heavy-duty trucks"} <= {i.name for i in package.items}


def test_a_mechanism_only_one_donor_has_names_the_donor(extract):
    facts = extract("Defence Minister Olena Koval thanked her partners for their support of Ukraine's army. Secretary "
                    "Harris pointed to the $275 million Presidential Drawdown Authority package unveiled on Monday, "
                    "which includes counter-drone systems and mortar rounds.")
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("US", "UA", Decimal("275000000"))]


def test_a_lead_and_a_bulleted_list_above_the_body_are_the_body(extract):
    bullets = "".join(f"- {line}\n" for line in ["Interceptors for Patriot air defense systems",
                                                 "Equipment and systems for mine\nclearing", "Tank ammunition, 120mm",
                                                 "40 tactical vehicles for towing", "Spare parts and field equipment."])
    text = ("(Wire) — Ukraine is getting roughly $250 million more in security assistance, the Department of "
            "Defense said on Monday.\n\nA news release from the department set out what the package contains:\n"
            + bullets + "\nThe United States has given Ukraine more than $40 billion since the invasion began, and "
            "officials said more packages would follow in the coming weeks as the fighting goes on.\n\nIn a statement "
            "on Monday, the Secretary of State said Washington and its partners would stand by Ukraine for as long as "
            "it takes, and that Russia could end the war at any moment by withdrawing its forces.\n")
    [package] = [p for p in extract(text, dt.date(2023, 8, 15)).aid if p.amount == Decimal("250000000")]
    names = {i.name.lower() for i in package.items}
    assert (package.donor, package.recipient) == ("US", "UA")
    assert {"tank ammunition", "tactical vehicles", "field equipment"} <= names
    assert all("\n" not in name and "  " not in name for name in names)


def test_military_wares_and_hardware_given_are_aid(extract):
    facts = extract("Yesterday the defence minister and the Chinese ambassador signed the accord. The People's Republic "
                    "of China is offering Gabon military wares to a value of 30 million yuan.", dt.date(2019, 5, 9))
    assert [(p.donor, p.recipient, p.amount, p.currency) for p in facts.aid] == [("CN", "GA", Decimal("30000000"), "CNY")]


def test_what_a_country_has_now_been_supplied_with_is_a_running_total(extract):
    facts = extract("Britain's Defence Secretary Tom Hale confirmed that Ukraine has now been supplied with over 300,000 "
                    "rounds of artillery ammunition from the UK, worth more than £800m. He spoke as 40 allies gathered for "
                    "the contact group meeting, with Mr Hale in the chair. Mr Hale also told the meeting that Ukraine's "
                    "armed forces would get a further £120m package, which will include more drones and tanks.",
                    dt.date(2025, 2, 12))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("GB", "UA", Decimal("120000000"))]


def test_recipients_listed_with_what_each_is_due_to_receive(extract):
    facts = extract("Support packages are also being allocated by the EU to other countries: Armenia is due to receive "
                    "€14 million, Serbia is to get €9 million, and Chad will have a €20 million assistance package under "
                    "the European Peace Facility.", dt.date(2023, 5, 4))
    assert sorted((p.donor, p.recipient, p.amount) for p in facts.aid) == [
        ("EU", "AM", Decimal("14000000")), ("EU", "RS", Decimal("9000000")), ("EU", "TD", Decimal("20000000"))]


def test_the_country_a_donor_bought_from_is_the_seller(extract):
    facts = extract("Canada's defence minister said Canada will send 10,000 artillery shells to Ukraine. A Canadian news "
                    "release said the shells were obtained from France for as much as $40 million, and that efforts are "
                    "under way to speed up this badly needed aid.", dt.date(2023, 3, 2))
    assert facts.aid and {p.donor for p in facts.aid} == {"CA"}


def test_a_package_announced_without_its_donor_is_the_one_whose_donor_is_named_later(extract):
    facts = extract("A £300 million \"surge\" in military support for Ukraine has been announced by the Government as 40 "
                    "nations gather at a meeting hosted by the UK and France. Of the £300 million package, £200 million "
                    "comes from the UK, while Denmark provides the rest.", dt.date(2025, 4, 11))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("GB", "UA", Decimal("300000000"))]


def test_what_a_donor_sends_on_top_of_that_is_in_the_package(extract):
    facts = extract("The Finnish government put the price of its new package for Ukraine at EUR 190 million. Under the "
                    "package, Finland will hand over several radar systems. The country also intends to give away its "
                    "transport vehicles. On top of that, it will send artillery ammunition as well as resources to "
                    "maintain equipment supplied earlier.", dt.date(2024, 6, 5))
    [package] = facts.aid
    assert package.amount == Decimal("190000000") and "artillery ammunition" in {i.name for i in package.items}


def test_money_received_as_compensation_is_not_aid(extract):
    facts = extract("Hungary is due to get 500 million euros from allies as compensation for the jets it promised "
                    "Ukraine.", dt.date(2023, 3, 18))
    assert facts.aid == ()


def test_given_that_gives_nothing(extract):
    facts = extract("Russia's chief of staff General Ivan Sokolov phoned General Tom Hale, his American counterpart. "
                    "Sokolov gave the warning, it said, \"to prevent possible incidents\" given that US and NATO ships "
                    "were present close to the zone of the Russian exercise.", dt.date(2024, 12, 5))
    assert facts.aid == ()


def test_a_sum_given_each_year_is_not_a_package(extract):
    facts = extract("Each year the U.S. gives Panama $30 million for the fight against drug trafficking, money that pays "
                    "for sea and air programs and border security.", dt.date(2021, 8, 11))
    assert facts.aid == ()


def test_the_value_of_the_donation_told_sentences_later_prices_it(extract):
    facts = extract("On Tuesday the Japanese government handed over 12 patrol boats to the Philippine Coast Guard. The "
                    "boats are to support maritime security operations. Philippine officials say they have already used "
                    "such boats along the coast. The value of the donation is put at $1.2 million.", dt.date(2022, 5, 11))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("JP", "PH", Decimal("1200000"))]


def test_parts_among_its_contents_beside_the_total_it_brings_support_to_are_the_packages(extract):
    facts = extract("In a new $80m aid package, New Zealand is giving Ukraine drones and radars. It was Defence Minister "
                    "Ann Cole who unveiled the support on Saturday in Kyiv, one week after the US Congress freed up $61bn "
                    "in new funding for the country. With $40m in anti-air missiles and $20m in boats among its contents, "
                    "the package bolsters New Zealand's support for Ukraine to $400m.", dt.date(2024, 4, 27))
    [package] = facts.aid
    assert (package.donor, package.amount) == ("NZ", Decimal("80000000"))
    assert {"drones", "radars", "anti-air missiles", "boats"} <= {i.name for i in package.items}


def test_a_sum_decided_with_the_packages_before_it_over_years_is_a_total(extract):
    facts = extract("Under the XII donation package, the government of Denmark has set aside 1.2 billion Danish kroner in "
                    "support of Ukraine's Armed Forces. With the XII donation package and the initiatives that came "
                    "before it, Denmark has now decided on military support for Ukraine worth about 60 billion kroner "
                    "over the 2022–2028 period.", dt.date(2024, 10, 15))
    assert [(p.donor, p.amount) for p in facts.aid] == [("DK", Decimal("1200000000"))]


def test_aid_that_climbs_to_or_passes_a_sum_is_a_total_and_the_newest_package_is_told_beside_it(extract):
    facts = extract("Estonian military aid to Ukraine has passed €500 million, the latest slice being a package approved "
                    "on Friday. This newest package is worth close to 40 million euros and lifts the total value of "
                    "equipment Estonia has delivered to Ukraine since the invasion to 540 million euros.",
                    dt.date(2024, 3, 30))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("EE", "UA", Decimal("40000000"))]
    assert extract("Finland's military aid to Ukraine climbs to €2.5bn.", dt.date(2025, 1, 31)).aid == ()


def test_a_grant_in_japanese_yen_set_to_go_to_a_navy(extract):
    facts = extract("Colombo, Sep 16 (PTI) A 300 million Japanese Yen grant is set to go to the Sri Lankan Navy, an official "
                    "statement said on Tuesday. The Cabinet cleared the proposal to accept the grant from Japan, which "
                    "will pay for patrol boats.", dt.date(2025, 9, 16))
    assert [(p.donor, p.recipient, p.amount, p.currency) for p in facts.aid] == [("JP", "LK", Decimal("300000000"), "JPY")]


def test_money_channelled_through_a_fund_to_help_a_country(extract):
    facts = extract("New Zealand will channel a further $2.5 million via the NATO Trust Fund and is extending the "
                    "deployment of its staff in Europe to help Ukraine.", dt.date(2022, 6, 27))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("NZ", "UA", Decimal("2500000"))]


def test_lines_after_what_the_delivery_comprised_are_its_items(extract):
    facts = extract("MANILA - Weapons worth about P30 million have been handed by the United States to the Armed Forces of "
                    "the Philippines, the US embassy said on Thursday.\n\nPaid for with US grant assistance, the delivery "
                    "comprised:\n\n12 sniper rifles of the M110 type\n\n9 grenade launchers, M320 model\n\nThe weapons "
                    "were brought to Clark Air Base on Sunday.\n", dt.date(2021, 7, 8))
    [package] = facts.aid
    assert {"M110 sniper rifles", "grenade launchers"} <= {i.name for i in package.items}


def test_what_todays_delivery_included_are_the_packages_items(extract):
    facts = extract("On Friday in Lusaka the EU envoy handed over the first tranche of equipment for Zambian troops, part of "
                    "an equipment package worth 40 million euros under the European Peace Facility. Today's delivery at "
                    "the army base, one of the training sites, included all-terrain trucks as well as individual kit such "
                    "as helmets and uniforms.", dt.date(2023, 9, 9))
    package = next(p for p in facts.aid if p.amount)
    assert {"all-terrain trucks", "helmets", "uniforms"} <= {i.name for i in package.items}


def test_contents_a_statement_says_the_package_is_to_contain(extract):
    facts = extract("Ukraine is to receive a Norwegian military aid package valued at NOK 2 billion. The ministry's "
                    "statement says the package is to contain air defence systems, trucks and artillery ammunition.",
                    dt.date(2023, 5, 25))
    [package] = facts.aid
    assert {"air defence systems", "trucks", "artillery ammunition"} <= {i.name for i in package.items}


def test_a_countrys_army_that_is_to_deliver_gives(extract):
    facts = extract("Luxembourg's army is to deliver 100 NLAW anti-tank weapons to the Ukrainian army.", dt.date(2022, 2, 28))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("LU", "UA")]


def names_of(package):
    return [i.name for i in package.items]


def test_also_sending_adds_to_the_package_told_so_far_not_to_one_told_after(extract):
    facts = extract("On Friday the United States announced a military aid package for Ukraine worth $400 million. The "
                    "latest package contains Stinger missiles. Washington is also sending Bradley fighting vehicles and "
                    "patrol boats. The announcement follows a first $1 billion package in late April.", dt.date(2024, 5, 10))
    by_amount = {p.amount: names_of(p) for p in facts.aid}
    assert "patrol boats" in by_amount[Decimal("400000000")] and by_amount[Decimal("1000000000")] == []


def test_further_equipment_and_calibres_sharing_a_head(extract):
    facts = extract("On Friday the United States announced a military aid package for Ukraine worth $400 million. The "
                    "latest package contains Stinger missiles. Further equipment includes 155mm and 105mm artillery rounds.",
                    dt.date(2024, 5, 10))
    [package] = facts.aid
    assert {"155mm artillery rounds", "105mm artillery rounds"} <= set(names_of(package))


def test_the_package_as_subject_of_give_lists_its_contents(extract):
    facts = extract("President Joe Biden said the United States would ship Ukraine a further $800 million in weapons. "
                    "According to the Pentagon, this newest tranche of security assistance will give Ukraine 300 "
                    "Switchblade drones, 11 Mi-17 helicopters and 18 howitzers.", dt.date(2022, 4, 13))
    [package] = facts.aid
    assert {"howitzers"} <= set(names_of(package)) and any("Mi-17" in n for n in names_of(package))


def test_kinds_listed_before_one_head_with_a_hyphenated_kind(extract):
    facts = extract("Britain will give Ukraine GBP 200 million to produce reconnaissance, long-range and maritime drones.",
                    dt.date(2024, 1, 12))
    [package] = facts.aid
    assert names_of(package) == ["reconnaissance drones", "long-range drones", "maritime drones"]


def test_a_sum_under_the_latest_package_lends_its_contents_to_that_package(extract):
    facts = extract("Under Britain's latest defence aid package for Ukraine, GBP 200 million is set aside to produce "
                    "maritime drones. Prime Minister Rishi Sunak unveiled a fresh defence aid package for Ukraine worth "
                    "GBP 2.5 billion on Friday.", dt.date(2024, 1, 12))
    big = next(p for p in facts.aid if p.amount == Decimal("2500000000"))
    assert "maritime drones" in names_of(big)


def test_a_ship_that_is_to_be_given_by_a_donor(extract):
    facts = extract("A warship is to be given to the Philippines by South Korea, the foreign ministry said on Thursday.",
                    dt.date(2014, 6, 5))
    assert [(p.donor, p.recipient, names_of(p)) for p in facts.aid] == [("KR", "PH", ["warship"])]


def test_what_a_minister_had_announced_before_is_a_gift_of_its_own(extract):
    facts = extract("A warship is to be given to the Philippines by South Korea, the foreign ministry said on Thursday. "
                    "The defence secretary had announced before this that South Korea would also hand over 200 computers "
                    "and 16 rubber boats to the Philippines.", dt.date(2014, 6, 5))
    assert sorted(names_of(p) for p in facts.aid) == [["computers", "rubber boats"], ["warship"]]


def test_the_package_announced_on_a_day_contains(extract):
    facts = extract("On Friday the Biden administration rolled out a security assistance package for Ukraine worth $400 "
                    "million, which is to contain four more HIMARS. Friday's package is intended to help Ukraine. Besides "
                    "the HIMARS, the package announced Friday contains three tactical vehicles, demolition munitions and "
                    "spare parts.", dt.date(2022, 7, 8))
    [package] = facts.aid
    assert {"tactical vehicles", "demolition munitions", "spare parts"} <= set(names_of(package))



def test_the_measure_for_a_country_valued_at_a_sum(extract):
    facts = extract("On May 4 the Council of the European Union approved two assistance measures financed from the "
                    "European Peace Facility, one for Moldova and one for Georgia. For Moldova, the measure is valued at "
                    "40 million euro and runs over 36 months.", dt.date(2023, 5, 4))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("EU", "MD", Decimal("40000000"))]


def test_gear_on_its_way_from_a_donor_to_help_a_country_and_the_items_among_it(extract):
    facts = extract("Military gear is on its way from Canada to help Ukraine guard its eastern frontier, Defence Minister "
                    "Rob Nicholson announced. Among the items being sent are helmets, ballistic eyewear, tents, first-aid "
                    "kits and sleeping bags.", dt.date(2014, 8, 7))
    [package] = facts.aid
    assert (package.donor, package.recipient) == ("CA", "UA")
    assert {"ballistic eyewear", "first-aid kits", "sleeping bags"} <= set(names_of(package))


def test_the_shipment_with_a_clause_of_its_route_lists_its_contents(extract):
    facts = extract("Japan will send bullet-proof vests to Ukraine, the defence ministry said on Friday. Besides the vests, "
                    "the shipment, which will go through the Self-Defense Forces, will contain helmets, tents and power "
                    "generators.", dt.date(2022, 3, 4))
    [package] = facts.aid
    assert {"helmets", "tents", "power generators"} <= set(names_of(package))


def test_a_number_after_a_type_word_is_the_models_number_not_a_count(extract):
    facts = extract("Norway will give Ukraine its whole fleet of type 404 armoured recovery vehicles and Hagglund 206 "
                    "tracked carriers, a package worth NOK 900 million.", dt.date(2024, 2, 1))
    [package] = facts.aid
    names = " | ".join(i.name.lower() for i in package.items)
    assert "type 404 armoured recovery vehicles" in names and "hagglund" in names, names
    assert all(i.quantity is None for i in package.items)


def test_kinds_joined_by_and_keep_a_hyphenated_second_kind_whole(extract):
    facts = extract("Belgium is to send Kyiv EUR 40 million worth of lethal and non-lethal defence equipment.",
                    dt.date(2022, 4, 2))
    [package] = facts.aid
    assert {i.name for i in package.items} == {"lethal defence equipment", "non-lethal defence equipment"}


def test_a_further_sum_told_in_addition_after_unpriced_materiel_is_a_package_of_its_own(extract):
    facts = extract("At the meeting, the minister presented Estonia's new military aid packages for Ukraine. Estonia is "
                    "handing over 155 mm munition, ATVs and field rations. In addition, Estonia plans to pay a further "
                    "EUR 3 million into the international fund for heavy equipment run by the United Kingdom.",
                    dt.date(2023, 3, 15))
    packages = {p.amount: {i.name.lower() for i in p.items} for p in facts.aid}
    assert packages.keys() == {None, Decimal("3000000")}
    assert packages[None] == {"155 mm munition", "atvs", "field rations"}


def test_materiel_from_a_donor_due_to_reach_a_country_is_a_package(extract):
    facts = extract("The Chancellor told him about the latest military equipment from Germany, among it 12 armoured "
                    "recovery vehicles as well as mine-clearing tanks, due to reach Moldova over the coming weeks.",
                    dt.date(2024, 5, 2))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("DE", "MD")]
    assert {i.name.lower() for i in facts.aid[0].items} == {"armoured recovery vehicles", "mine-clearing tanks"}


def test_items_listed_after_equipment_for_a_field_are_items_not_fields(extract):
    facts = extract("New Zealand will give Ukraine a NZD 5 million package. The ministry said the package contains "
                    "equipment for demining, portable x-ray machines, a metal 3D printer and thermal imagers.",
                    dt.date(2024, 2, 2))
    [package] = facts.aid
    assert {i.name.lower() for i in package.items} == {"demining equipment", "portable x-ray machines",
                                                       "metal 3d printer", "thermal imagers"}


def test_the_centrepiece_of_a_new_package_told_before_is_its_contents_not_the_delivery_before(extract):
    facts = extract("This spring France quietly sent Ukraine a batch of AMX-10 RC armoured vehicles and VAB armoured "
                    "personnel carriers. France unveiled a new military aid package for Ukraine on June 3. Its "
                    "centrepiece was a SAMP/T air defence system, delivered together with spare parts and missiles.",
                    dt.date(2024, 6, 10))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("FR", "UA"), ("FR", "UA")]
    earlier, new = facts.aid
    assert new.date == dt.date(2024, 6, 3)
    assert {"spare parts", "missiles"} <= {i.name for i in new.items}
    assert not {"spare parts", "missiles"} & {i.name for i in earlier.items}


def test_the_forces_given_to_are_no_words_of_what_they_are_given(extract):
    facts = extract("The United States has given Chad's government forces arms and military gear worth $7 million.",
                    dt.date(2023, 1, 9))
    [package] = facts.aid
    assert (package.donor, package.recipient) == ("US", "TD")
    assert {i.name for i in package.items} == {"arms", "military gear"}


def test_a_handover_priced_in_a_currency_code_of_the_pacific_and_a_country_of_three_words(extract):
    facts = extract("Solomon Islands' police capability has received a lift from Australia, which handed the Royal "
                    "Solomon Islands Police Force 13 armoured Landcruisers on Monday.\n\nWorth in excess of SBD 20 million, "
                    "the handover is intended to bolster security.\n\nPapua New Guinea's defence force was given 12 "
                    "up-armored Landcruisers by Australia, worth PGK 8 million.", dt.date(2025, 8, 11))
    amounts = {(p.recipient, p.amount, p.currency) for p in facts.aid}
    assert ("PG", Decimal("8000000"), "PGK") in amounts


def test_a_country_naming_a_service_of_several_words_is_the_recipient(extract):
    facts = extract("Russia massed troops on the border. The White House said the vice president announced roughly $5 "
                    "million in fresh assistance for the Moldovan State Border Police service, to pay for patrol "
                    "vehicles and surveillance gear.", dt.date(2022, 5, 1))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("US", "MD")]


def test_materiel_a_donor_is_giving_told_as_the_subject_of_its_journey_is_a_package(extract):
    facts = extract("The four Leopard 2A4 tanks Spain is giving to Ukraine are already in Poland. The Patriot system "
                    "that the US gave to Ukraine last year was hit.", dt.date(2023, 3, 9))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("ES", "UA")]


def test_materiel_passed_to_a_country_is_given(extract):
    facts = extract("At a handover ceremony in Western Australia, the Australian government has passed a third Guardian "
                    "Class patrol boat to Tonga. The Tongan parliament passed a budget to the king. The aim of the "
                    "programme is to pass surplus military equipment to the armed forces of Pacific states.",
                    dt.date(2024, 3, 8))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("AU", "TO")]


def test_a_country_that_said_it_would_buy_and_donate_a_system_priced_in_can_dollars(extract):
    facts = extract("Ottawa's minister added that Canada had recently said it would purchase a NASAMS air defence "
                    "system worth CAN$406 million (US$300 million) and donate it to Ukraine.", dt.date(2023, 1, 27))
    assert [(p.donor, p.recipient, p.amount, p.currency) for p in facts.aid] == [("CA", "UA", Decimal("406000000"), "CAD")]


def test_a_number_of_three_figures_after_a_model_acronym_is_its_designation(extract):
    facts = extract("Germany delivered to Ukraine 20 HLR 338 precision rifles and 500 MK 556 assault knives.",
                    dt.date(2024, 5, 22))
    [package] = facts.aid
    assert {(i.name, i.quantity) for i in package.items} == {("HLR 338 precision rifles", 20), ("MK 556 assault knives", 500)}


def test_a_package_told_in_dollars_then_in_the_donors_own_currency_is_one_package_and_its_listed_contents(extract):
    facts = extract("The Dutch government on Saturday made public a fresh package of military assistance for Ukraine "
                    "worth roughly $1.1 billion.\n\nValued at upwards of 1 billion euros, the package contains tanks and "
                    "drones.\n\nThe statement lists among the equipment four Patriot launchers and 12 radars.\n\nOn top of "
                    "that come 20 YPR-765 armoured vehicles.", dt.date(2023, 5, 13))
    [package] = facts.aid
    assert (package.donor, package.amount, package.currency) == ("NL", Decimal("1000000000"), "EUR")
    names = " | ".join(i.name for i in package.items)
    assert "radars" in names and "YPR-765" in names, names


def test_a_countrys_materiel_to_be_sent_to_another_is_that_countrys_gift(extract):
    facts = extract("Defence Minister Pal Jonson said on Thursday that ten Swedish CV90 infantry fighting vehicles will "
                    "shortly be sent to Ukraine, together with spare parts and ammunition.", dt.date(2023, 1, 27))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("SE", "UA")]


def test_a_donor_the_parser_took_for_an_apposition_before_its_giving(extract):
    facts = extract("To strengthen military ties between the two nations, India on Monday, July 29, presented Mozambique "
                    "with a gift of two fast interceptor boats along with 44 Sports Utility Vehicles.", dt.date(2019, 7, 29))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("IN", "MZ")]


def test_a_country_the_parser_joins_to_the_items_sent_is_their_recipient(extract):
    facts = extract("Norway's government says it will begin sending Moldova CRV7 rocket motors that its air force has "
                    "retired, and it will also give Moldova 12 Protector remote weapon stations.", dt.date(2025, 3, 4))
    assert [(a.donor, a.recipient) for a in facts.aid] == [("NO", "MD")]
    named = " | ".join(i.name.lower() for i in facts.aid[0].items)
    assert "crv7" in named and "protector" in named


def test_materiel_told_before_the_one_sum_of_the_same_donor_and_recipient_is_that_package(extract):
    facts = extract("Japan intends to present Sri Lanka with spare parts and more equipment to keep its patrol craft "
                    "running. Defence Minister Gen Nakatani announced on Tuesday the plan to donate equipment worth more "
                    "than $2.5 million.", dt.date(2025, 5, 8))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("JP", "LK", Decimal("2500000"))]
    assert "spare parts" in {i.name for i in facts.aid[0].items}


def test_an_unpriced_shipment_told_by_its_contents_goes_to_the_country_the_report_names_most(extract):
    facts = extract("A fresh consignment of Danish military aid has reached the Moldovan army, the outlet reports. The "
                    "shipment from Denmark consisted of 20 thousand spare parts, 40 thousand units of winter clothing "
                    "and 30 thousand dry rations. Moldova's defence ministry thanked its partners.", dt.date(2025, 1, 9))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("DK", "MD", None)]


def test_materiel_a_donors_minister_confirmed_will_be_supplied_is_a_package(extract):
    facts = extract("Setting out further military support for Ukraine on Monday, Sweden's defence minister Pal Jonson "
                    "confirmed that 50 CV90 infantry fighting vehicles will be supplied and gave other details.",
                    dt.date(2023, 1, 16))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("SE", "UA")]
    assert "CV90" in {i.name for i in facts.aid[0].items}


def test_a_list_whose_first_bullet_shares_the_line_of_its_intro_is_the_packages(extract):
    facts = extract("Setting out further military support for Ukraine on Monday, Sweden's defence minister Pal Jonson "
                    "confirmed that 50 CV90 infantry fighting vehicles will be supplied.\n"
                    "The package further contained: - Eight Archer guns\n"
                    "- Hundreds of additional armoured vehicles, Pansarbandvagn 302 carriers among them.\n"
                    "- Dozens of additional uncrewed aerial systems - A further 10,000 artillery rounds\n",
                    dt.date(2023, 1, 16))
    names = {i.name for p in facts.aid for i in p.items}
    assert len(facts.aid) == 1 and {"CV90", "Archer", "armoured vehicles", "uncrewed aerial systems"} <= names


def test_a_headline_bound_of_the_exact_sum_is_the_same_package(extract):
    facts = extract("US unveils fresh security aid for Ukraine worth more than USD 400 million\n\n"
                    "Washington, November 4: A further USD 425 million in security assistance for Ukraine, with trucks "
                    "and grenades among it, has been announced by the US Department of Defence.", dt.date(2023, 11, 4))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("US", "UA", Decimal("425000000"))]


def test_a_country_where_the_givers_fight_is_not_the_donor(extract):
    facts = extract("According to the agency, the coalition forces that are fighting militants in Mali and Niger gave "
                    "the Burkinabe army 40 armoured vehicles and 20 Toyota pickups on Saturday.", dt.date(2024, 5, 6))
    assert not any(p.donor in {"ML", "NE"} for p in facts.aid)


def test_the_island_nation_of_a_country_given_materiel_is_the_recipient(extract):
    facts = extract("At a ceremony held in Perth on April 5, Australia gave the Pacific Island nation of Kiribati a "
                    "Guardian-class patrol boat.", dt.date(2024, 4, 6))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("AU", "KI")]


def test_a_sum_set_aside_for_one_year_is_no_package(extract):
    facts = extract("Norway has handed Ukraine six more CV90 infantry fighting vehicles. According to the government, "
                    "some NOK 15 billion has been set aside for military support to Ukraine in 2025 alone.")
    assert [(p.donor, p.amount) for p in facts.aid] == [("NO", None)]


def test_what_is_also_on_the_list_belongs_to_the_package(extract):
    facts = extract("Working with Denmark, the Dutch have passed eight more Leopard 1A5 tanks to Ukraine. Also on the list "
                    "are 21,000 shells for the Gepard air-defence system and a pair of Bergepanzer recovery vehicles.")
    names = " | ".join(i.name for p in facts.aid for i in p.items).lower()
    assert "bergepanzer" in names and "gepard" in names


def test_a_donor_that_undertook_to_supply_more_gives_it(extract):
    facts = extract("Working with Denmark, the Dutch have passed eight more Leopard 1A5 tanks to Ukraine. The Netherlands "
                    "has further undertaken to supply a single field hospital as well as 24,800 helmets.")
    names = " | ".join(i.name for p in facts.aid for i in p.items)
    assert "field hospital" in names and "helmets" in names


def test_contents_told_as_in_the_named_package_reach_past_the_background(extract):
    facts = extract("Canberra plans to give Ukraine a further US$250 million in military assistance. Source: ABC News. "
                    "Details: The package was announced by Defence Minister Richard Marles at the NATO summit. The summit "
                    "centred on support for Ukraine. Partners outside NATO sent delegations to the summit. Guided "
                    "missiles and air defence missiles are in the Australian military package, together with anti-tank "
                    "weapons and a consignment of boots.")
    names = {i.name for p in facts.aid for i in p.items}
    assert {"guided missiles", "anti-tank weapons", "boots"} <= names


def test_a_model_told_as_the_type_of_the_materiel_names_it(extract):
    facts = extract("Defence Minister Boris Pistorius has promised Moldova 14 armored vehicles of the Piranha-3H type.")
    assert [i.name for p in facts.aid for i in p.items] == ["Piranha-3H armored vehicles"]


def test_what_a_budget_leaves_and_what_was_given_over_the_past_year_and_a_half_are_no_packages(extract):
    facts = extract("The Finance Ministry had set aside four bln euros, but all of it is tied up, leaving the Defense "
                    "Ministry with a mere 120 mln euros for new projects. Over the past year and a half, Germany has "
                    "supplied Ukraine with military aid worth some 24 bln euros.")
    assert facts.aid == ()


def test_a_sum_covering_several_countries_is_no_package_for_one(extract):
    facts = extract("The United States has sent Israel 14,000 tank rounds. The step comes while an aid package of nearly "
                    "$106 billion covering Ukraine, Israel and Taiwan awaits a vote.")
    assert [p.amount for p in facts.aid] == [None]


def test_a_sale_that_also_covers_support_services_is_still_a_sale(extract):
    facts = extract("Valued at $106.5 million, the sale to Israel covers 13,981 tank cartridges along with U.S. "
                    "engineering, logistics and support.")
    assert facts.aid == ()


def test_deliveries_by_unnamed_countries_and_a_promise_to_strengthen_defences_are_no_packages(extract):
    facts = extract("Western countries have stepped up deliveries of air defence equipment and missiles to Ukraine since "
                    "last month. Last week, French President Emmanuel Macron likewise promised to strengthen Kyiv's "
                    "defences against air attack.")
    assert facts.aid == ()


def test_the_package_told_again_without_its_price_is_the_priced_one(extract):
    background = ("It will come out of America's own reserves. A spokesperson described these as capabilities for "
                  "deterrence. He said parts deal with stockpiles and awareness. He also said the aid was being "
                  "delivered swiftly. Taiwan's defense ministry expressed thanks. A ministry spokesperson said the "
                  "drawdown authority is key. He added that both would keep working closely together. Congress has "
                  "given the President the authority to take aid for Taiwan from US stocks. China's military has staged "
                  "two large exercises around Taiwan.")
    facts = extract("On Friday the United States rolled out a military aid package for Taiwan worth $345 million. The "
                    f"package includes munitions for small arms. {background} In a statement, the White House announced "
                    "the package of defense articles and services, plus military education and training, to assist "
                    "Taiwan.", dt.date(2023, 7, 29))
    assert [(p.amount, "training" in {i.name for i in p.items}) for p in facts.aid] == [(Decimal("345000000"), True)]


def test_materiel_priced_sentences_later_and_a_span_of_times_sum(extract):
    facts = extract("Canada is sending a further 200 armored vehicles to Ukraine, Defense Minister Anita Anand said on "
                    "Wednesday. Anand said the donation showed Ottawa's commitment. Her announcement followed a missile "
                    "strike on Saturday. The vehicles, built in Canada, carry a price tag of CAN$90 million ($67.5 "
                    "million). Ottawa has stood firmly behind Kyiv, channelling roughly CAN$5 billion over the past 12 "
                    "months in funding.", dt.date(2023, 1, 19))
    assert [(p.amount, p.currency) for p in facts.aid] == [(Decimal("90000000"), "CAD")]


def test_a_system_written_out_is_named_as_written(extract):
    facts = extract("Prime Minister Justin Trudeau said Canada would provide Ukraine with an American-built National "
                    "Advanced Surface to Air Missile system costing $CAN406 million.", dt.date(2023, 1, 19))
    assert [(p.amount, p.currency, [i.system for i in p.items]) for p in facts.aid] \
        == [(Decimal("406000000"), "CAD", ["nasams"])]


def test_an_official_spelling_out_a_package_is_its_donor_and_a_round_of_help_is_no_item(extract):
    facts = extract("Prime Minister Justin Trudeau spoke with Ukraine's President Volodymyr Zelenskyy and committed to "
                    "shipping more military equipment to Ukraine. National Defence "
                    "Minister Anita Anand later spelled out what this latest round of help contains: a further $50 "
                    "million worth of military aid, among it cameras built in Canada for use on military drones.",
                    dt.date(2022, 3, 9))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("CA", "UA", Decimal("50000000"))]
    assert "round" not in {i.name for p in facts.aid for i in p.items}


def test_a_gapped_donor_before_a_package_worth_a_sum(extract):
    facts = extract("Among the other contributions to Ukraine, the Netherlands committed €200 million for drone "
                    "interceptors, Norway a drone package worth €1 billion for 2025.", dt.date(2025, 7, 21))
    assert sorted((p.donor, p.amount) for p in facts.aid) == [("NL", Decimal("200000000")), ("NO", Decimal("1000000000"))]


def test_a_sum_in_one_donors_currency_leaves_the_other_donors_materiel_its_own(extract):
    facts = extract("Germany further promised 200,000 rounds of Gepard ammunition to Ukraine as well as money to help "
                    "Ukraine procure long-range drones, while Canada put forward C$20 million, via a Danish model, to "
                    "cover tank maintenance.", dt.date(2025, 7, 21))
    packages = {p.donor: p for p in facts.aid}
    assert packages["DE"].amount is None and "Gepard ammunition" in {i.name for i in packages["DE"].items}
    assert packages["CA"].amount == Decimal("20000000") and not packages["CA"].items


def test_the_first_package_of_the_same_sum_is_another_package(extract):
    facts = extract("On Thursday President Biden unveiled another military aid package for Ukraine, worth $800 million. "
                    "The new aid follows by a week the first $800 million round of U.S. weapons for Ukraine, which "
                    "contained helicopters and armored personnel carriers. The second package contains 72 howitzers.",
                    dt.date(2022, 4, 21))
    assert sorted(("helicopters" in {i.name for i in p.items}, p.amount) for p in facts.aid) \
        == [(False, Decimal("800000000")), (True, Decimal("800000000"))]


def test_one_donors_sums_for_purposes_of_their_own_beside_another_donor(extract):
    facts = extract("Among the contributions to Ukraine, the Netherlands committed €200 million for drone interceptors "
                    "and €125 million toward F-16 fighter jets, Norway a drone package worth €1 billion for 2025.",
                    dt.date(2025, 7, 21))
    assert sorted((p.donor, p.amount) for p in facts.aid) == [
        ("NL", Decimal("125000000")), ("NL", Decimal("200000000")), ("NO", Decimal("1000000000"))]


def test_what_a_package_will_carry_is_its_contents(extract):
    facts = extract("Separately, the U.S. on Wednesday announced $375 million in Presidential Drawdown Authority for "
                    "Ukraine. Two U.S. officials said it will carry the first delivery of the Joint Standoff Weapon, a "
                    "precision-guided glide bomb.", dt.date(2024, 9, 26))
    assert "joint standoff weapon" in {i.name.lower() for p in facts.aid for i in p.items}


def test_the_country_whose_needs_a_package_meets_is_its_recipient(extract):
    facts = extract("Sweden has announced new military support for Ukraine. Valued at about SEK 500 million (roughly $48 "
                    "million), the donation package was drawn up from Ukraine's needs and requests.", dt.date(2024, 8, 19))
    assert [(p.donor, p.recipient, p.amount, p.currency) for p in facts.aid] == [("SE", "UA", 500_000_000, "SEK")]


def test_support_stepped_up_with_materiel_is_a_package_of_it(extract):
    facts = extract("Estonia is stepping up its support for Ukraine with vital supplies, among them thermal cameras, "
                    "mortar rounds and field generators.", dt.date(2024, 5, 17))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("EE", "UA", None)]
    assert [i.name for i in facts.aid[0].items] == ["thermal cameras", "mortar rounds", "field generators"]


def test_words_praising_materiel_are_no_part_of_its_name(extract):
    facts = extract("Estonia will send Ukraine much-needed ammunition and critical air defence missiles.",
                    dt.date(2024, 5, 17))
    assert [i.name for p in facts.aid for i in p.items] == ["ammunition", "air defence missiles"]


def test_a_sum_pledged_on_top_of_a_delivery_is_a_package_of_its_own(extract):
    facts = extract("Estonia has sent Ukraine a consignment of military aid, among it mortar rounds and field "
                    "generators, the minister said. On top of this, Estonia pledged 10 million euros to buy artillery "
                    "shells for Ukraine.", dt.date(2024, 5, 17))
    assert sorted(((p.amount or 0), tuple(i.name for i in p.items)) for p in facts.aid) == [
        (0, ("mortar rounds", "field generators")), (10_000_000, ("artillery shells",))]


def test_materiel_announced_in_an_earlier_month_is_a_package_of_its_own(extract):
    facts = extract("Estonia has sent Ukraine a shipment of mortar rounds and field generators, the defence minister "
                    "said on Friday. Estonia announced in February that it was handing mortar rounds and Javelin "
                    "missiles over to Ukraine.", dt.date(2024, 5, 17))
    assert sorted(tuple(i.name for i in p.items) for p in facts.aid) == [
        ("mortar rounds", "Javelin missiles"), ("mortar rounds", "field generators")]


def test_the_package_told_again_later_lists_more_of_its_contents(extract):
    facts = extract("After talks in Kyiv with Defence Minister Oleksii Reznikov, UK Defence Secretary Ben Wallace unveiled "
                    "a sizeable new package of military aid for Ukraine. According to a government statement, it covers "
                    "a set of vital resources: more artillery guns and 50,000 mortar rounds. Wallace stressed that the "
                    "UK remained united behind Ukraine. The fresh package spans a wide range of equipment: anti-tank "
                    "missiles, river boats and de-mining vehicles.", dt.date(2023, 5, 17))
    assert [[i.name for i in p.items] for p in facts.aid] == [
        ["artillery guns", "mortar rounds", "anti-tank missiles", "river boats", "de-mining vehicles"]]


def test_what_materiel_is_given_to_improve_is_no_item(extract):
    facts = extract("Estonia will send Ukraine spare parts to improve operational capability.", dt.date(2024, 5, 17))
    assert [i.name for p in facts.aid for i in p.items] == ["spare parts"]


def test_a_sum_for_disaster_relief_told_with_its_conversion_is_no_military_aid(extract):
    facts = extract("The United States has also given the Philippines upwards of P1.1 billion ($23.4 million) in "
                    "assistance for COVID-19 and disaster relief, the embassy said.", dt.date(2020, 12, 8))
    assert facts.aid == ()


def test_a_country_a_sum_was_tied_to_the_conduct_of_gives_nothing(extract):
    facts = extract("A year earlier, the State Department held back $85 million that had been linked to how Cairo "
                    "treated political prisoners and sent that sum to Taiwan and Lebanon instead.", dt.date(2024, 9, 11))
    assert not any(p.donor == "EG" for p in facts.aid)


def test_the_vessels_priced_right_after_are_the_patrol_craft_handed_over(extract):
    facts = extract("Washington has passed the final six Metal Shark patrol craft to the Kenyan Navy, so that ten of the "
                    "boats have now been handed over in all. According to the US Embassy in Kenya, the vessels, worth 500 "
                    "million Shillings ($4.9 million), were handed to the Kenyan Navy at Mombasa.", dt.date(2018, 2, 28))
    assert [(p.donor, p.recipient, p.amount, p.currency) for p in facts.aid] == [("US", "KE", 500_000_000, "KES")]
    assert facts.aid[0].items[0].name == "metal shark patrol craft"


def test_support_that_keeps_going_is_no_package(extract):
    facts = extract("Besides training, Poland keeps providing Ukraine with material help - ammunition and other kinds of "
                    "support, the charge d'affaires said.", dt.date(2025, 5, 19))
    assert facts.aid == ()


def test_what_sales_take_is_not_given(extract):
    facts = extract("MANILA - An advanced unmanned aerial system worth roughly P20 million has been handed by Washington "
                    "to the Philippine Air Force, the US embassy in Manila said on Thursday. The United States gives the "
                    "AFP grant assistance as well as speeded-up sales of arms and munitions, in support of its "
                    "modernization goals.", dt.date(2021, 10, 14))
    assert [[i.name for i in p.items] for p in facts.aid] == [["advanced unmanned aerial system"]]


def test_materiel_recently_also_delivered_is_told_as_before(extract):
    facts = extract("\"America has given the Lebanese Armed Forces more than $1.3 billion since 2004. America recently also "
                    "delivered another weapons system for the fixed-wing aircraft fleet of Lebanon, along with more "
                    "ammunition,\" the ambassador said.", dt.date(2016, 3, 31))
    assert not any(p.amount is None for p in facts.aid)


def test_who_made_a_donation_public_gave_it(extract):
    facts = extract("The White House on Thursday, May 23, made public the donation to Kenya of 16 helicopters together "
                    "with 150 armoured security vehicles, aimed at strengthening the country's military operations.",
                    dt.date(2024, 5, 24))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("US", "KE")]


def test_contents_with_a_part_sum_belong_to_the_package_priced_sentences_later(extract):
    facts = extract("Prime Minister Dick Schoof used the occasion to present a fresh military assistance package for "
                    "Ukraine. It contains 100 radar systems for spotting drones, armoured ambulances and 80 million euros "
                    "(upwards of $90 million) set aside for the drone initiative. Zelensky had flown in the evening "
                    "before. He intended to see allied leaders. Addressing reporters, Schoof said Ukraine belongs in "
                    "Europe. Speaking at the summit, Defence Minister Ruben Brekelmans put the value of the new package "
                    "at 175 million euros ($200 million).", dt.date(2025, 6, 24))
    [package] = facts.aid
    assert package.amount == 175_000_000 and {"radar systems", "armoured ambulances"} <= {i.name for i in package.items}


def test_materiel_a_paper_had_reported_earlier_is_of_the_package_told_before(extract):
    facts = extract("Berlin is getting ready to send Ukraine an aid package worth 2.7 billion euros, the defence ministry "
                    "said. Der Spiegel had reported earlier that Germany plans to hand Kyiv 30 Gepard tanks and 200 "
                    "reconnaissance drones.", dt.date(2023, 5, 13))
    assert [(p.amount, len(p.items)) for p in facts.aid] == [(2_700_000_000, 2)]


def test_materiel_the_priced_package_names_again_is_in_it(extract):
    facts = extract("Prime Minister Scott Morrison has said Australia will hand Bushmaster armored vehicles over to "
                    "Ukraine, granting a request that Volodymyr Zelensky had made only the day before. At a press "
                    "conference on Friday he announced a fresh $25 million aid package, hinting that it would contain "
                    "more than the Bushmasters alone.", dt.date(2022, 4, 1))
    assert [p.amount for p in facts.aid] == [25_000_000]


def test_a_government_getting_ready_to_pay_into_a_fund_gives_and_does_not_receive(extract):
    facts = extract("Denmark will add to Ukraine's defence through the international fund. In a statement, the minister "
                    "said the Danish government was getting ready to pay 500 million DKK into the fund, on top of what "
                    "it had given before.", dt.date(2023, 3, 2))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("DK", "UA", 500_000_000)]


def test_a_donation_to_strengthen_ties_between_the_two_nations_is_not_spread_over_them(extract):
    facts = extract("DAR ES SALAAM news. Tanzania is to receive military equipment worth 15 million yuan as a donation "
                    "from China, aimed at deepening defence cooperation between the two nations.", dt.date(2018, 3, 2))
    assert packages(facts) == [("CN", "TZ", Decimal("15000000"), "CNY")]
    facts = extract("Close to €60 million in military support will go to the armed forces of two countries, Niger and "
                    "Mali, the European Council said.", dt.date(2023, 3, 2))
    assert not [p for p in facts.aid if p.amount == Decimal("60000000")]


def test_materiel_shipped_from_one_country_to_another_and_more_it_is_also_to_get(extract):
    facts = extract("Six CV90 infantry fighting vehicles will be shipped from Sweden to Ukraine next month, the defence "
                    "minister said. Kyiv is also set to get 20 trucks, along with a number of recovery vehicles and "
                    "ambulances. Before that, the government had announced a new aid package for Ukraine worth 300 "
                    "million kronor.", dt.date(2023, 5, 2))
    unpriced = [p for p in facts.aid if p.amount is None]
    assert [(p.donor, p.recipient) for p in unpriced] == [("SE", "UA")]
    assert {"CV90", "trucks", "recovery vehicles", "ambulances"} <= {i.name for i in unpriced[0].items}
    assert [p.items for p in facts.aid if p.amount is not None] == [()]


def test_a_sum_in_a_proposal_that_was_rejected_is_no_package(extract):
    facts = extract("Norway unveiled a fresh package for Ukraine worth 2 billion kroner on Monday. Across Europe, a "
                    "recent proposal to set aside €20 billion for military aid to Ukraine was rejected by several "
                    "capitals.", dt.date(2025, 3, 31))
    assert [p.amount for p in facts.aid] == [2_000_000_000]


def test_a_country_that_granted_another_helicopters_gave_them(extract):
    facts = extract("MANILA news. Japan has granted the Philippines two Bell 412 helicopters and spare "
                    "parts, the embassy said.", dt.date(2017, 3, 27))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("JP", "PH", None)]


def test_the_country_helped_to_guard_against_threats_from_another_receives(extract):
    facts = extract("To help Moldova guard against future threats from Russia, the United States is to give the country "
                    "$ 40 million, the State Department said.", dt.date(2022, 5, 2))
    assert packages(facts) == [("US", "MD", Decimal("40000000"), "USD")]


def test_what_the_donated_hardware_comprises_is_the_package_told_before(extract):
    facts = extract("Military equipment valued at over five million dollars has been donated to the Republic of Chad by "
                    "the United States. The hardware is meant to help the country fight terrorism. The donated hardware "
                    "comprises 12 armoured personnel carriers, along with two armoured ambulances.", dt.date(2021, 3, 2))
    assert [(p.amount, {i.name for i in p.items}) for p in facts.aid] == [
        (5_000_000, {"armoured personnel carriers", "armoured ambulances"})]


def test_the_two_ends_of_a_plan_raised_from_one_sum_to_another_are_no_packages(extract):
    facts = extract("France unveiled a €200 million package for Ukraine on Monday. The government had intended to double "
                    "its 2025 plan for Ukraine aid from €3 billion to €6 billion, but the budget crisis cast doubt on "
                    "that.", dt.date(2024, 11, 18))
    assert [p.amount for p in facts.aid] == [200_000_000]


def test_what_a_listed_delivery_is_worth_in_all_prices_it(extract):
    facts = extract("AMMAN — Annegret Kramp-Karrenbauer, Germany's Federal Minister of Defence, on Sunday pledged her country's "
                    "commitment to using aid to help Jordan preserve its security.\n\n\"Jordan is a strong partner,\" the "
                    "minister said at a ceremony held on Sunday at which the Jordan Armed Forces took delivery of "
                    "military equipment.\n\nIn a statement, the German embassy said the equipment was handed over under "
                    "the Enable and Enhance Initiative, launched to strengthen the Kingdom's military capabilities."
                    "\n\nAccording to the statement, the delivery comprised two "
                    "training planes, 70 off-road trucks and 56 minibuses, worth 18 million euros in all.",
                    dt.date(2020, 1, 14))
    assert [(p.donor, p.recipient, p.amount, p.currency) for p in facts.aid] == [("DE", "JO", 18_000_000, "EUR")]


def test_assistance_for_the_defence_of_a_country_is_for_that_country(extract):
    facts = extract("We are determined to keep delivering help as they resist the brutal war launched by President "
                    "Vladimir Putin. The Secretary talked about the latest Presidential Drawdown, which provides a "
                    "further $500 million in weapons and ammunition for the defence of Moldova.", dt.date(2022, 4, 14))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("US", "MD")]


def test_the_second_of_two_bodies_that_will_receive_a_sum_names_the_recipient(extract):
    facts = extract("The State Department said on Friday that the national police and the Jordanian Armed Forces would "
                    "receive $45 million of American security assistance.", dt.date(2024, 6, 8))
    assert [(a.donor, a.recipient, a.amount) for a in facts.aid] == [("US", "JO", Decimal(45000000))]


def test_a_country_a_sum_was_first_earmarked_for_is_not_its_recipient(extract):
    facts = extract("Washington decided to move $80 million in military aid, originally earmarked for Niger, to the "
                    "Beninese Armed Forces, officials said on Tuesday.", dt.date(2024, 6, 8))
    assert [(a.donor, a.recipient, a.amount) for a in facts.aid] == [("US", "BJ", Decimal(80000000))]


def test_a_list_of_material_a_ministry_gives_is_the_unpriced_package_of_the_country_it_speaks_for(extract):
    facts = extract("A short note on support for Ukraine says Greece \"will send military equipment\" after Kyiv asked "
                    "for it. According to the Hellenic Ministry of National Defence, the list of material covers "
                    "helmets, bulletproof vests, grenades and night vision goggles. Other countries, among them Spain "
                    "and Italy, have likewise said they are sending arms to the Ukrainian forces.", dt.date(2022, 2, 28))
    [package] = facts.aid
    assert (package.donor, package.recipient, package.amount) == ("GR", "UA", None)
    assert {"helmets", "grenades", "night vision goggles"} <= {i.name for i in package.items}


def test_contents_told_after_a_line_that_lists_nothing_and_more_of_them_after_make_the_unpriced_package(extract):
    facts = extract("Estonia to hand Ukraine another batch of aid: here is what it contains\n\nA new transfer of "
                    "military aid to Ukraine has been approved by the Estonian government. Notably, it includes 20 "
                    "Sisu armoured vehicles built in Finland. Besides the vehicles, the defence support package will "
                    "contain spare parts, as well as mortar rounds.", dt.date(2025, 7, 1))
    [package] = facts.aid
    assert (package.donor, package.recipient) == ("EE", "UA")
    assert {"spare parts", "mortar rounds"} <= {i.name for i in package.items}


def test_the_military_share_of_a_running_total_is_no_package(extract):
    facts = extract("Radios and night-vision devices for the Ukrainian army have been handed to Ukraine by Estonia. "
                    "According to the ministry, Estonia's support for Ukraine has already reached EUR 500 million, of "
                    "which military assistance accounts for about EUR 400 million.", dt.date(2024, 4, 1))
    assert [(a.donor, a.recipient, a.amount) for a in facts.aid] == [("EE", "UA", None)]


def test_a_country_set_to_receive_a_sum_is_its_recipient_not_the_country_its_troops_serve_in(extract):
    facts = extract("Burundi is set to receive a further €15m in support from the European Peace Facility, money that "
                    "will be used to back the Burundi National Defence Force (BNDF) deployment battling al-Shabaab in "
                    "Somalia's Hiraan region.", dt.date(2024, 11, 19))
    assert [(a.donor, a.recipient, a.amount) for a in facts.aid] == [("EU", "BI", Decimal(15000000))]


def test_an_earlier_donation_of_other_gear_told_beside_the_handover_is_a_package_of_its_own(extract):
    facts = extract("China's ambassador formally handed over a donation of howitzers to Togo's army last week. The "
                    "handover follows by roughly a year an earlier Chinese donation of six armoured vehicles to Togo.",
                    dt.date(2024, 8, 20))
    assert sorted(sorted(i.name for i in a.items) for a in facts.aid if (a.donor, a.recipient) == ("CN", "TG")) == [
        ["armoured vehicles"], ["howitzers"]]


def test_lifting_or_placing_a_hold_on_deliveries_is_no_package(extract):
    facts = extract("On Saturday, US President Donald Trump said he had removed a hold that the Biden administration "
                    "had placed on sending 2,000-pound bombs to Israel. Last May, Biden halted delivery of a shipment "
                    "of weapons that included 2,000-pound bombs Israel had used in Gaza.", dt.date(2025, 1, 27))
    assert facts.aid == ()


def test_a_department_cleared_to_draw_down_a_sum_gives_it_and_what_the_recipient_will_get_is_its_contents(extract):
    facts = extract("The U.S. Defense Department has received authorization from President Joe Biden to draw down as "
                    "much as $325 million in equipment so that Ukraine's urgent needs can be met. In this package "
                    "Ukraine will get 500 machine guns, 300 grenade launchers and two patrol boats.", dt.date(2022, 6, 24))
    [package] = facts.aid
    assert (package.donor, package.recipient, package.amount) == ("US", "UA", Decimal(325000000))
    assert {"machine guns", "grenade launchers"} <= {i.name for i in package.items}


def test_the_sum_told_again_in_words_pays_for_the_packages_contents(extract):
    facts = extract("A fresh 9-million-euro military aid package for Ukraine is to be approved by the Luxembourg "
                    "government on Friday. The 9 million euros will pay for, among other things, heavy machine guns "
                    "and ammunition made by a Belgian arms maker.", dt.date(2022, 9, 16))
    [package] = facts.aid
    assert {"heavy machine guns", "ammunition"} <= {i.name for i in package.items}


def test_the_deal_told_again_lists_the_packages_contents(extract):
    facts = extract("A security assistance package worth $150 million for Ukraine was unveiled by the U.S. Department "
                    "of Defense on Tuesday. The deal also covers anti-armor systems: Hydra-70 rockets, Javelin systems "
                    "and TOW missiles.", dt.date(2023, 8, 30))
    [package] = facts.aid
    assert {"TOW missiles"} <= {i.name for i in package.items}


def test_sums_put_into_a_project_or_made_available_by_a_country_are_its_packages(extract):
    facts = extract("Iceland is to back the Czech initiative that supplies ammunition to Ukraine. Iceland expects to put "
                    "about two million euros into the project. To cover what female soldiers need, Iceland is making "
                    "75 million ISK available for the purchase of uniforms and bulletproof vests.", dt.date(2024, 3, 26))
    assert sorted((a.donor, a.recipient, a.amount, a.currency) for a in facts.aid) == [
        ("IS", "UA", Decimal(2000000), "EUR"), ("IS", "UA", Decimal(75000000), "ISK")]


def test_a_grant_in_the_donors_currency_signed_by_both_ministers_goes_to_the_other_side_even_if_for_the_donor_too(
        extract):
    facts = extract("In Tokyo on Friday, Japan's Minister for Foreign Affairs, Ms. KAMIKAWA Yoko, and her Philippine "
                    "counterpart, Enrique Manalo, signed notes on Official Security Assistance grant aid amounting to "
                    "600 million yen. It is essential for Japan that the Philippine Navy can watch the sea lanes, so "
                    "important for Japan.", dt.date(2023, 11, 4))
    assert [(a.donor, a.recipient, a.amount, a.currency) for a in facts.aid] == [
        ("JP", "PH", Decimal(600000000), "JPY")]


def test_a_ship_transferred_by_the_republic_of_korea_navy_is_koreas_though_the_recipients_chief_announced_it(extract):
    facts = extract("The Philippine Navy's Flag Officer, Admiral Toribio Adaci, has announced that a retired corvette "
                    "will be transferred to the Philippines by the Republic of Korea Navy (ROKN).", dt.date(2022, 1, 27))
    assert [(a.donor, a.recipient) for a in facts.aid] == [("KR", "PH")]


def test_a_sum_put_into_an_effort_over_years_is_an_envelope_not_a_package(extract):
    facts = extract("Trudeau also announced that Canada would put roughly $10 million over five years into an effort to "
                    "renew the G-7's Rapid Response Mechanism against disinformation about the war in Ukraine.",
                    dt.date(2022, 3, 1))
    assert facts.aid == ()


def test_materiel_set_to_be_sent_beside_a_countrys_commitment_is_its_package(extract):
    facts = extract("Chris Hipkins has restated New Zealand's commitment to Ukraine at a meeting with President "
                    "Volodymyr Zelenskyy, with another 20 Bushmasters now set to be sent to the country.",
                    dt.date(2023, 7, 12))
    assert [(a.donor, a.recipient, [i.name for i in a.items]) for a in facts.aid] == [("NZ", "UA", ["Bushmasters"])]


@pytest.mark.parametrize("cargo, packages", [
    ("with humanitarian cargo - blankets, food and similar supplies provided by the Greek armed forces", 0),
    ("with ammunition and rifles as well as humanitarian supplies provided by the Greek armed forces", 1),
])
def test_humanitarian_cargo_alone_is_no_military_package(extract, cargo, packages):
    facts = extract("Two more aircraft took off from Athens, heading for Poland, " + cargo + ".", dt.date(2022, 2, 27))
    assert len(facts.aid) == packages


def test_drones_sent_toward_a_country_are_an_attack_not_a_gift(extract):
    facts = extract("Only hours ahead of the call, Zelenskyy had accused Russian forces of hitting energy sites. Speaking "
                    "to reporters in Finland, Zelenskyy told a press conference that in the hours after Trump finished "
                    "talking with Putin, Russia sent about 150 attack drones toward Ukraine, and that the drones went "
                    "after Ukrainian energy sites, transport systems and hospitals.", dt.date(2025, 3, 19))
    assert facts.aid == ()


def test_among_the_contents_of_the_package_are_its_items_and_an_aid_bill_is_no_package(extract):
    facts = extract("The Biden administration rolled out a $450 million arms package for Ukraine this week. Among the "
                    "contents of the newest package are High Mobility Artillery Rocket Systems and Javelin anti-tank "
                    "missiles. It is the first package to draw on the authority that Congress approved last month "
                    "within a $40 billion aid bill for Ukraine.", dt.date(2022, 6, 2))
    [package] = facts.aid
    assert package.amount == Decimal(450000000)
    assert "Javelin anti-tank missiles" in {i.name for i in package.items}


def test_an_army_that_has_received_a_donation_valued_at_a_sum_got_that_package(extract):
    facts = extract("The Serbian Army has received a Chinese donation of military equipment valued at 900,000 euros, or "
                    "1 million US dollars. The package is made up of 16 rubber boats and five snowmobiles.",
                    dt.date(2017, 6, 21))
    assert [(a.donor, a.recipient, a.amount, a.currency) for a in facts.aid] == [("CN", "RS", Decimal(900000), "EUR")]


def test_the_donations_told_as_worth_a_sum_in_total_price_the_package_told_before(extract):
    facts = extract("On Thursday the ministry marked the arrival of two new boats that the United States has donated to "
                    "the Panamanian Coast Guard. According to the ministry, the U.S. donations were worth in total more "
                    "than $3.8 million.", dt.date(2021, 2, 19))
    assert [(a.donor, a.recipient, a.amount) for a in facts.aid] == [("US", "PA", Decimal(3800000))]


def test_the_embassy_of_a_country_in_a_capital_gives_and_the_capital_is_only_where_it_is(extract):
    facts = extract("On Tuesday the Embassy of the United States in Santo Domingo handed the Dominican Republic's "
                    "Defense Ministry 15 J-8 model Jeeps as a donation.", dt.date(2017, 3, 28))
    assert [(a.donor, a.recipient) for a in facts.aid] == [("US", "DO")]


def test_an_analysis_presented_in_a_video_conversation_is_no_gift(extract):
    facts = extract("ISLAMABAD - Chief of Army Staff General Qamar Javed Bajwa held a video conversation on Thursday with "
                    "Mr Kono Taro, Japan's Defence Minister. The two sides agreed to boost bilateral defence cooperation. "
                    "Minister Kono described what the Japan Self-Defense Forces had done aboard the cruise ship Diamond "
                    "Princess, their measures at the airport and the precautions taken in those operations, thanks to "
                    "which none of the deployed personnel caught the virus; he also presented an analysis by the SDF "
                    "Central Hospital using a presentation document. General Bajwa, in turn, outlined the latest "
                    "measures undertaken in Pakistan.", dt.date(2020, 8, 7))
    assert facts.aid == ()


def test_materiel_a_headline_says_is_due_before_the_end_of_the_year_is_the_package_priced_below(extract):
    facts = extract(
                    "Norway to deliver NASAMS launchers, Hellfire missiles and combat drones to Ukraine before end of "
                    "2025\n"
                    "In Kyiv, Norwegian Prime Minister Jonas Gahr Store unveils a military aid package of 500 million "
                    "euros to strengthen Ukraine's defenses.\n"
                    "During an unannounced trip to Kyiv on 3 March, Norwegian Prime Minister Jonas Gahr Store said Norway"
                    " has pledged to hand Ukraine a sizeable package of military aid before 2025 is out, valued at 500 "
                    "million euros.\n"
                    "Store's trip to Kyiv on 3 March was the first time in two and a half years that he had been to "
                    "Ukraine.\n"
                    "The package he announced contains key military equipment meant to back Ukraine's defense. A "
                    "spokesperson for the Norwegian Defense Ministry said the delivery will be made up of advanced "
                    "defense systems and gear suited to winter, namely Hellfire missiles; NASAMS launchers; winter "
                    "equipment; combat drones; heating supplies; hand weapons.\n", dt.date(2025, 3, 3))
    assert [(a.donor, a.amount) for a in facts.aid] == [("NO", 500_000_000)]
    assert {"Hellfire missiles", "NASAMS launchers", "heating supplies"} <= {i.name for i in facts.aid[0].items}


def test_each_sum_of_one_donor_buys_what_follows_it(extract):
    facts = extract("The Belgians are setting aside more than €120 million to buy shells for Ukraine and €80 million "
                    "for drones.", dt.date(2024, 5, 2))
    assert [(a.donor, a.amount, [i.name for i in a.items]) for a in facts.aid] == [
        ("BE", 120_000_000, ["shells"]), ("BE", 80_000_000, ["drones"])]


def test_materiel_a_donors_adjective_names_that_is_earmarked_for_or_received_by_a_country(extract):
    facts = extract("Poland has received 10 Norwegian NASAMS launchers for training, while a further 12 Norwegian "
                    "NASAMS launchers are earmarked for delivery to Ukraine.", dt.date(2024, 3, 20))
    assert [(a.donor, a.recipient, [i.name for i in a.items]) for a in facts.aid] == [("NO", "UA", ["NASAMS launchers"])]
    facts = extract("Ukraine will receive 24 Dutch F-16 fighter aircraft.", dt.date(2024, 3, 20))
    assert [(a.donor, a.recipient) for a in facts.aid] == [("NL", "UA")]


def test_listed_among_those_capabilities_are_the_packages_contents(extract):
    facts = extract("Canada will send Ukraine a C$500 million package. The defence department said the assistance "
                    "offers key capabilities. Listed among those capabilities are artillery rounds, anti-tank missiles "
                    "and drones.", dt.date(2023, 6, 28))
    assert [(a.amount, sorted(i.name for i in a.items)) for a in facts.aid] == [
        (500_000_000, ["anti-tank missiles", "artillery rounds", "drones"])]


def test_under_the_new_package_the_recipient_is_to_get_lists_its_contents(extract):
    facts = extract("Norway has unveiled another military aid package for Ukraine, made up of air defence missiles. "
                    "Under the new package Ukraine is to get 300 warheads and a further 9,000 rocket motors.",
                    dt.date(2024, 9, 6))
    assert [(a.donor, sorted(i.name for i in a.items)) for a in facts.aid] == [
        ("NO", ["air defence missiles", "rocket motors", "warheads"])]


def test_a_giving_verb_the_tagger_took_for_a_noun_still_gives(extract):
    facts = extract("From its own stocks, Denmark will in addition hand over 4,000 pistols of 9mm calibre and 300 "
                    "machine guns to Ukraine.", dt.date(2024, 9, 6))
    assert [(a.donor, a.recipient, [i.name for i in a.items]) for a in facts.aid] == [
        ("DK", "UA", ["pistols", "machine guns"])]


def test_under_the_commitment_a_list_with_a_sum_inside_it_is_the_packages_contents(extract):
    facts = extract("A fresh $50m military assistance package has been pledged by the New Zealand government for "
                    "Ukraine. Under the commitment, the government will provide 40 military vehicles, made up of 20 "
                    "utility vehicles and 20 trucks; fresh stocks of 105mm artillery ammunition; and $5m for a UN "
                    "relief fund.", dt.date(2023, 6, 26))
    assert [(a.donor, a.amount) for a in facts.aid] == [("NZ", 50_000_000)]
    assert {"trucks", "105mm artillery ammunition"} <= {i.name for i in facts.aid[0].items}


def test_what_the_government_said_back_in_a_month_it_would_send_is_an_earlier_package_of_the_donor(extract):
    facts = extract("A fresh $50m military assistance package has been pledged by the New Zealand government for "
                    "Ukraine, covering trucks and ammunition. Back in February, the government said it would send "
                    "drones to Ukraine and widen sanctions on figures from Russia's government and military.",
                    dt.date(2023, 6, 26))
    assert sorted((a.donor, a.amount or 0, tuple(i.name for i in a.items)) for a in facts.aid) == [
        ("NZ", 0, ("drones",)), ("NZ", 50_000_000, ("trucks", "ammunition"))]


def test_a_decision_to_supply_announced_on_a_dated_day_by_the_government_after_an_agency_report(extract):
    facts = extract("As Ukrainian News Agency reported earlier, the Polish government announced on Wednesday, January "
                    "25, its decision to supply Ukraine's Armed Forces with Leopard 2 tanks.", dt.date(2023, 1, 26))
    assert [(a.donor, a.recipient, a.date, [i.name for i in a.items]) for a in facts.aid] == [
        ("PL", "UA", dt.date(2023, 1, 25), ["Leopard 2"])]


def test_altogether_the_donated_items_are_valued_at_prices_the_gift_for_the_one_other_country_named(extract):
    facts = extract("Two boats donated by the United States Embassy have given a boost to the operations of the BDF "
                    "Coast Guard. Besides the boats, four trucks were handed over as well. The envoy said the vessels "
                    "will help keep Belize's coastline secure. Altogether the donated items are valued at US $5.2 "
                    "million.", dt.date(2019, 5, 9))
    assert [(a.donor, a.recipient, a.amount) for a in facts.aid] == [("US", "BZ", 5_200_000)]


def test_two_earlier_measures_of_two_sums_adopted_on_two_days_respectively(extract):
    facts = extract("Today the Council adopted a third assistance measure under the European Peace Facility, worth 30 "
                    "million euros, for the Malian armed forces. The decision comes on top of two earlier assistance "
                    "measures, of 10 million euros and 25 million euros, which were adopted on 3 March 2021 and on 9 "
                    "June 2023 respectively.", dt.date(2024, 2, 1))
    assert sorted((a.amount, a.date) for a in facts.aid) == [
        (10_000_000, dt.date(2021, 3, 3)), (25_000_000, dt.date(2023, 6, 9)), (30_000_000, dt.date(2024, 2, 1))]


def test_the_newest_package_set_off_by_dashes_lists_its_contents(extract):
    facts = extract("On Tuesday the U.S. announced it plans to give Ukraine another $400 million in military aid. "
                    "President Joe Biden went over the details of the newest package — four NASAMS launchers, 100 "
                    "armored vehicles and thousands of artillery rounds — during a call with Volodymyr Zelenskyy.",
                    dt.date(2022, 11, 9))
    assert {"armored vehicles", "artillery rounds"} <= {i.name for a in facts.aid for i in a.items}


def test_made_up_of_opening_a_sentence_lists_the_packages_contents(extract):
    facts = extract("Norway has dispatched its largest package of military donations for Ukraine, valued at NOK 2 "
                    "billion. Made up of vehicles, air defense and ammunition, the package is meant to strengthen "
                    "Ukraine's capacity.", dt.date(2023, 5, 2))
    assert [(a.amount, sorted(i.name for i in a.items)) for a in facts.aid] == [
        (2_000_000_000, ["air defense", "ammunition", "vehicles"])]


def test_contents_of_the_latest_package_go_to_the_new_package_not_an_earlier_one_told_since(extract):
    facts = extract("On May 3 the Swedish government unveiled a new package of military aid for Ukraine worth 1.2 billion "
                    "kronor. The package Sweden gave before this one, in March, was worth roughly $90 million. Included in "
                    "the latest package are Archer artillery systems and the ammunition that goes with them.",
                    dt.date(2024, 5, 3))
    assert sorted((int(p.amount), sorted(i.name for i in p.items)) for p in facts.aid) == [
        (90_000_000, []), (1_200_000_000, ["Archer", "ammunition"])]


def test_every_member_of_a_list_of_contents_is_an_item_whatever_its_noun(extract):
    facts = extract("Valued at $9 million, the donation from France to Niger's army is made up of 40 Land Cruisers, "
                    "800 body armor sets, a secure network for radio communication, watchtowers for the border, and "
                    "HESCO bastions.", dt.date(2019, 5, 2))
    [package] = facts.aid
    assert {"land cruisers", "body armor sets", "watchtowers", "HESCO bastions"} <= {i.name for i in package.items}


def test_a_noun_set_beside_materiel_by_apposition_outside_a_list_of_contents_is_no_item(extract):
    facts = extract("Japan pledged to obtain counterstrike capabilities, a major shift in policy.", dt.date(2023, 1, 12))
    assert facts.aid == ()


def test_the_european_peace_fund_is_the_european_peace_facility(extract):
    facts = extract("The first batch of European Peace Fund equipment for Moldova's armed forces has arrived in the "
                    "country. The assistance package, worth seven million euros, contains drones and laptops.",
                    dt.date(2023, 6, 1), title="Drones and laptops reach Moldova - Kyiv, Ukraine")
    assert [(p.donor, p.recipient) for p in facts.aid] == [("EU", "MD")]


def test_the_combined_value_of_the_materiel_given_is_the_packages_amount(extract):
    facts = extract("Berlin is giving Tunisia four patrol boats and dozens of military trucks with a combined value of "
                    "$18 million.", dt.date(2019, 3, 2))
    assert [(p.donor, p.recipient, int(p.amount)) for p in facts.aid] == [("DE", "TN", 18_000_000)]


def test_a_sum_for_the_armed_forces_of_several_countries_is_no_package_of_one_and_each_measure_goes_to_its_topic(extract):
    facts = extract("On Monday the Council of the EU cleared €41.5 million (about $47.8 million) of military assistance "
                    "for the armed forces of Niger, Ghana and the Democratic Republic of the Congo via the European Peace "
                    "Facility. As regards the Democratic Republic of the Congo, the council approved a measure worth "
                    "€12 million to provide the country's armed forces with military equipment. Ghana is to get "
                    "€9.5 million for its armed forces.", dt.date(2024, 6, 4))
    assert sorted((p.recipient, int(p.amount)) for p in facts.aid) == [("CD", 12_000_000), ("GH", 9_500_000)]


def test_materiel_worth_a_sum_in_all_is_a_package_and_a_countrys_own_budget_in_its_currency_is_no_aid(extract):
    facts = extract("On Thursday the Storting approved a fresh package of military assistance to Ukraine. The government "
                    "in Oslo is allowed to hand Ukraine military equipment and ammunition worth NOK 5.1 billion "
                    "(EUR 440 million) in all. Included are NASAMS launchers and M109 howitzers. Separately, the "
                    "government was cleared to sell 12 howitzers to Britain. To pay for the package, the Norwegian "
                    "Armed Forces will get an extra NOK 600 million in allocations in 2024.", dt.date(2024, 3, 22))
    assert [(p.donor, p.recipient, int(p.amount)) for p in facts.aid] == [("NO", "UA", 5_100_000_000)]


def test_materiel_given_as_a_grant_valued_at_a_sum_is_a_package_of_that_sum(extract):
    facts = extract("The Philippine Army has been given 12 units of defence equipment by Australia as a grant valued at "
                    "AUD 18 million, or PHP 650 million.", dt.date(2023, 5, 2))
    assert [(p.donor, p.recipient, int(p.amount or 0)) for p in facts.aid] == [("AU", "PH", 18_000_000)]


def test_what_a_donor_put_in_during_the_past_decade_is_no_package(extract):
    facts = extract("At a ceremony on Tuesday the Lebanese Air Force took delivery of two A-29 Super Tucano aircraft "
                    "supplied by the United States. The ambassador said that during the past decade the U.S. government "
                    "had put more than 1.5 billion U.S. dollars into equipment and training.", dt.date(2017, 11, 1))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("US", "LB", None)]


def test_the_country_of_a_leader_who_cleared_a_delivery_is_its_donor(extract):
    facts = extract("At the end of March, US President Barack Obama ended a hold on arms supplies to Cairo and cleared "
                    "the delivery of U.S. weaponry worth over $1.3 billion.", dt.date(2015, 7, 30))
    assert [(p.donor, p.recipient, int(p.amount)) for p in facts.aid] == [("US", "EG", 1_300_000_000)]


def test_the_service_given_to_is_no_word_of_the_item_and_a_size_is(extract):
    facts = extract("The U.S. Government handed the Ghanaian Navy a 12-meter coastal patrol boat at a ceremony on "
                    "Tuesday.", dt.date(2022, 12, 8))
    assert [[i.name for i in p.items] for p in facts.aid] == [["12-meter coastal patrol boat"]]


def test_the_items_that_came_were_a_list_are_the_packages_contents(extract):
    facts = extract("The Chinese government has supplied Cambodia with military engineering vehicles. The items that "
                    "came to Cambodia from China last month were ten boats, two mobile repair vehicles and two "
                    "excavators.", dt.date(2021, 2, 4))
    assert {"boats", "mobile repair vehicles", "excavators"} <= {i.name for p in facts.aid for i in p.items}


def test_a_consignment_delivered_this_one_made_up_of_things_holds_them(extract):
    facts = extract("Another consignment of Estonian military assistance has been delivered to Ukraine, this one made "
                    "up of generators and systems for countering drones.", dt.date(2023, 11, 10))
    assert [(p.donor, p.recipient, "generators" in [i.name for i in p.items]) for p in facts.aid] == [("EE", "UA", True)]


def test_a_sum_another_sentence_also_tells_of_is_not_the_price_of_the_contents_told_before(extract):
    facts = extract("A further consignment of lethal arms is to go to Ukraine, the Canadian authorities have decided. "
                    "The deliveries, the minister said, would consist of 7,500 hand grenades and 4,500 M-72 rocket "
                    "launchers. Anand also said Canada would provide Ukraine with 1 million Canadian dollars so that it "
                    "can buy satellite images.", dt.date(2022, 3, 3))
    assert sorted(((p.amount, sorted(i.name for i in p.items)) for p in facts.aid), key=str) == [
        (1000000, []), (None, ["hand grenades", "m-72 rocket launchers"])]


def test_materiel_handed_over_as_a_donation_from_a_country_is_its_package(extract):
    facts = extract("Forty patrol boats have been handed to Senegal as a donation from Spain.", dt.date(2023, 10, 28))
    assert [(p.donor, p.recipient, [i.name for i in p.items]) for p in facts.aid] == [("ES", "SN", ["patrol boats"])]


def test_the_materiel_a_speaker_says_a_donor_has_given_is_the_package_told_before(extract):
    facts = extract("The European Union has given Ghana 105 armoured vehicles as part of €20 million of support. That "
                    "support belongs to a wider €616 million EU package for four coastal states. At the handover on "
                    "Saturday the president said the EU was a close partner. \"We value the 105 military vehicles that "
                    "the European Union has donated,\" he said.", dt.date(2023, 10, 28))
    assert sorted((p.amount, [i.name for i in p.items]) for p in facts.aid) == [
        (20000000, ["armoured vehicles"]), (616000000, [])]


def test_the_newest_package_is_the_dated_one_not_a_past_one_told_since(extract):
    facts = extract("On Friday the United States announced a $400 million military aid package for Ukraine. Last year "
                    "Washington had sent Ukraine a $90 million package of patrol boats. The newest package contains "
                    "Stinger missiles.", dt.date(2024, 5, 11))
    by_amount = {p.amount: names_of(p) for p in facts.aid}
    assert "Stinger" in " ".join(by_amount[Decimal("400000000")])


def test_that_package_priced_in_the_next_sentence_is_the_price_of_the_materiel_just_told(extract):
    facts = extract("Canada has confirmed a further 39 million Canadian dollars of military aid for Ukraine, including "
                    "ammunition and radio sets. The minister unveiled the package at a meeting in Germany. Allies there "
                    "discussed training for pilots. The talks ran for two days. Back in March, Canada promised Ukraine 12 "
                    "air defence missiles. Some 1,800 rounds of tank ammunition will also be sent, for the Leopard 1 "
                    "tanks Germany has promised. Earlier in April, Canada said it would provide Ukraine with more than "
                    "21,000 small arms and 2.4 million rounds of ammunition. That package is valued at 59 million "
                    "Canadian dollars.", dt.date(2023, 4, 24))
    by_amount = {p.amount: names_of(p) for p in facts.aid}
    assert "small arms" in by_amount[Decimal("59000000")]


def test_materiel_that_goes_to_fighters_in_a_country_goes_to_that_country_and_they_are_no_item(extract):
    facts = extract("16,000 rifles, 10,000 hand grenades, 240 rocket-propelled grenades: military equipment from Germany "
                    "goes to 4000 Kurdish fighters in the north of Iraq. Turkey has watched the deliveries. Turkey's "
                    "leaders have said little.", dt.date(2014, 9, 1))
    assert [(p.donor, p.recipient, "kurdish fighters" in names_of(p)) for p in facts.aid] == [("DE", "IQ", False)]


def test_a_countrys_programme_worth_a_sum_is_its_package_and_what_the_sum_pays_for_is_its_contents(extract):
    facts = extract("A new Canadian programme worth $11 million in non-lethal military aid to Ukraine was announced on "
                    "Wednesday by Minister of National Defense Rob Nicholson. It comes on top of the non-lethal military "
                    "equipment worth $5 million that Canada gave Ukraine in August. The $11 million programme pays for "
                    "tactical communications systems and binoculars.", dt.date(2014, 11, 27))
    by_amount = {p.amount: names_of(p) for p in facts.aid}
    assert "binoculars" in by_amount[Decimal("11000000")]


def test_a_leader_thanked_for_giving_materiel_gives_it_from_his_country(extract):
    facts = extract("Nigerian President Muhammadu Buhari thanked King Abdullah II of Jordan for giving Nigeria 200 "
                    "armoured vehicles.", dt.date(2017, 9, 20))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("JO", "NG")]


def test_materiel_the_giver_once_bought_from_another_country_is_still_given(extract):
    facts = extract("Argentina has handed Ukraine two Mi-171E multipurpose helicopters that it first bought from Russia, "
                    "the Financial Times reported.", dt.date(2024, 3, 2))
    assert [(p.donor, p.recipient) for p in facts.aid] == [("AR", "UA")]


def test_a_headlines_country_to_hand_another_materiel_gives_it(extract):
    facts = extract("Slovenia to hand Ukraine 28 tanks, Germany to give it trucks in return.", dt.date(2022, 9, 20))
    assert ("SI", "UA", ["tanks"]) in [(p.donor, p.recipient, names_of(p)) for p in facts.aid]


def test_a_sum_set_aside_for_a_country_in_a_year_is_a_budget_not_the_delivery_told_before(extract):
    facts = extract("In its most recent delivery of military aid to Ukraine, Berlin has given Kyiv 22 Leopard 1 A5 tanks "
                    "and three Gepard anti-aircraft guns, the German government said on Sept. 19. Berlin has set aside "
                    "some 8 billion euros ($8.7 billion) for Kyiv in 2024, while support for next year currently stands "
                    "at 4 billion euros.", dt.date(2024, 9, 19))
    assert [(p.donor, p.recipient, p.amount) for p in facts.aid] == [("DE", "UA", None)]


def test_an_official_who_thanks_two_givers_for_aid_to_another_country_receives_nothing(extract):
    facts = extract("US Defense Secretary Lloyd Austin especially thanked Denmark for providing Ukraine with a launcher "
                    "for harpoons and missiles to defend its coast and the Czech Republic for its substantial support, "
                    "which includes helicopters, armored cars and rockets.", dt.date(2022, 5, 24))
    assert sorted((p.donor, p.recipient) for p in facts.aid) == [("CZ", "UA"), ("DK", "UA")]
