"""Ashgabat Monitor (Turkmenistan, English, Atom 1.0 with full content: type="html" on most
entries, one entry with type="xhtml")."""
from .common import ps

SLUG = "ashgabat-monitor"
NAME = "Ashgabat Monitor"
TZ = 5
DESCRIPTION = "Reporting on Turkmenistan"

ITEMS = [
    dict(key="e6", date="2026-11-05 13:30", slug="president-opens-gas-chemical-plant-near-ashgabat",
         title="President opens gas-chemical plant near Ashgabat", author="Merdan Orazov",
         cats=["Energy", "Ahal", "Gas"],
         body=ps(
             "President Serdar Berdimuhamedov on Thursday opened a gas-chemical plant in the Ahal region, about 30 kilometres from Ashgabat, which is designed to turn natural gas into polyethylene and polypropylene for export.",
             "State television showed the president cutting a ribbon and touring the control room with foreign contractors. The plant, built by Japanese and Turkish companies, will process about 3.5 billion cubic metres of gas a year. Turkmenistan, which has the fourth-largest gas reserves in the world, has long sought to sell more processed products instead of raw gas, most of which goes to China.",
             "At the ceremony, the president also said that work on the TAPI pipeline, meant to carry Turkmen gas through Afghanistan to Pakistan and India, was proceeding on schedule on the Afghan section near Herat. No independent figures on the plant&#8217;s cost were published.",
         )),
    dict(key="tapi", date="2026-11-12 10:40", slug="tapi-pipeline-herat-section",
         title="TAPI pipeline: Turkmen engineers report progress near Herat", author="Merdan Orazov",
         cats=["Energy", "Afghanistan", "TAPI"],
         body=ps(
             "Turkmen engineers working on the Turkmenistan&#8211;Afghanistan&#8211;Pakistan&#8211;India gas pipeline say pipe laying on the Afghan section has reached the outskirts of Herat, about 150 kilometres from the border at Serhetabat.",
             "The 1,800-kilometre pipeline, first proposed in the 1990s, is designed to carry 33 billion cubic metres of gas a year from the Galkynysh field. The Turkmen section was completed years ago, but work in Afghanistan stalled for a long time because of war and financing problems.",
             "The Taliban government sees the pipeline as a source of transit fees and jobs. Analysts remain sceptical that the Pakistani and Indian sections will be built soon, as relations between the two countries remain tense and no buyer has signed binding contracts.",
         )),
    dict(key="arkadag", date="2026-10-29 12:00", slug="arkadag-city-new-hospital-and-school",
         title="New hospital and school open in Arkadag city", author="Ogulgerek Annayeva",
         cats=["Construction", "Ahal"],
         body=ps(
             "A 300-bed hospital and a school for 1,200 pupils opened on Wednesday in Arkadag, the new city built in the foothills of the Kopetdag mountains and named after the former president Gurbanguly Berdimuhamedov, who holds the title Hero-Arkadag.",
             "Arkadag was inaugurated in 2023 and is presented by the authorities as a &#8220;smart city&#8221; with solar-powered street lights and electric buses. Its construction cost several billion dollars, and state employees were asked to move there from Ashgabat. Independent outlets report that many apartments stand empty.",
             "The ceremony was attended by Gurbanguly Berdimuhamedov, who chairs the upper house of parliament, the Halk Maslahaty, and remains the most powerful figure in the country.",
         )),
    dict(key="cotton-plan", date="2026-10-22 09:15", slug="cotton-plan-declared-fulfilled",
         title="Turkmenistan declares cotton harvest plan fulfilled", author="Ogulgerek Annayeva",
         cats=["Agriculture", "Labour rights"],
         body=ps(
             "State media announced on Tuesday that farmers had fulfilled the national plan to deliver 1.05 million tonnes of raw cotton, with the Lebap and Mary regions reporting first.",
             "Cotton is still grown under a state order system inherited from the Soviet Union: farmers lease land from the state and must sell a fixed amount of cotton at a price set by the government. Independent monitors say teachers, doctors and other public sector workers are again forced to pick cotton or pay for replacements.",
             "The government denies the use of forced labour. Several international clothing brands have pledged not to buy Turkmen cotton until independent monitors are allowed to work freely in the fields.",
         )),
    dict(key="turkmenbashi-ferry", date="2026-11-02 15:20", slug="turkmenbashi-baku-ferry-route-expanded",
         title="More ferries to run between Turkmenbashi and Baku", author="Merdan Orazov",
         cats=["Transport", "Caspian", "Azerbaijan"],
         body=ps(
             "Turkmenistan and Azerbaijan have agreed to increase the number of ferries between the ports of Turkmenbashi and Baku to two a day, the Turkmen transport agency said, as trucks and rail wagons from Central Asia seek routes to Europe that avoid Russia.",
             "The international port of Turkmenbashi, rebuilt in 2018, has spare capacity, and the agreement includes lower tariffs for transit cargo from Uzbekistan and Tajikistan. A Turkmen shipyard has built two new ferries for the route.",
             "The Caspian crossing takes about 12 hours in good weather, but storms in winter often delay ships for days. Freight forwarders said waiting times at Baku were the main obstacle.",
         )),
    dict(key="internet", date="2026-11-09 18:10", slug="vpn-crackdown-slows-internet",
         title="VPN crackdown slows internet across Turkmenistan", author="Ogulgerek Annayeva",
         cats=["Media freedom", "Internet"],
         body=ps(
             "Internet users in Ashgabat and other cities report that the authorities have again blocked most of the VPN services that people use to reach foreign websites and social networks, slowing connections to a crawl for several days.",
             "Turkmenistan has one of the most restricted internets in the world. Facebook, Instagram, YouTube and most foreign news sites are blocked, and the state provider Turkmentelecom is the only gateway to the global network. Users who are caught installing VPNs have been fined or made to swear on the Koran not to use them, according to independent outlets based abroad.",
             "Small businesses that depend on foreign payment services said they could not reach their customers. The government did not comment.",
         )),
    dict(key="galkynysh", date="2026-10-26 11:25", slug="galkynysh-field-new-wells",
         title="New wells drilled at Galkynysh gas field", author="Merdan Orazov",
         cats=["Energy", "Mary", "Gas"],
         body=ps(
             "Turkmengaz said on Monday that it had completed twelve new wells at the Galkynysh field in the Mary region, one of the largest gas deposits in the world, as part of the fourth phase of its development.",
             "The field supplies most of the gas sent to China through the Central Asia&#8211;China pipeline, which crosses Uzbekistan and Kazakhstan. China buys about 35 billion cubic metres a year from Turkmenistan, which makes it by far the country&#8217;s most important customer.",
             "Chinese companies are building the processing facilities for the new phase. Satellite data analysed by researchers abroad has shown large methane leaks from gas infrastructure in the area, which the Turkmen authorities have promised to address.",
         )),
    dict(key="line-d", date="2026-11-16 14:45", slug="line-d-pipeline-talks-with-china",
         title="Talks resume on Line D gas pipeline to China", author="Merdan Orazov",
         cats=["Energy", "China", "Diplomacy"],
         body=ps(
             "Turkmen and Chinese officials met in Ashgabat on Monday to discuss Line D, a planned fourth strand of the Central Asia&#8211;China gas pipeline that would run through Uzbekistan, Tajikistan and Kyrgyzstan.",
             "The pipeline would add about 30 billion cubic metres a year of capacity. Work was suspended for years because of disputes over price and financing. President Serdar Berdimuhamedov has made it a priority in his talks with Chinese leaders.",
             "Energy analysts say China is in no hurry, as it also buys gas from Russia through the Power of Siberia pipeline and imports liquefied natural gas. A statement from the Turkmen foreign ministry said the sides agreed to prepare a road map by the spring.",
         )),
    dict(key="mary-wheat", date="2026-10-20 10:30", slug="mary-region-wheat-sowing-completed",
         title="Mary region completes winter wheat sowing", author="Ogulgerek Annayeva",
         cats=["Agriculture", "Mary"],
         body=ps(
             "Farmers in the Mary region finished sowing winter wheat on about 200,000 hectares, the regional administration reported to the president in a video conference on Monday.",
             "Wheat, like cotton, is grown in Turkmenistan under a state order, and the government sets a national target of about 1.4 million tonnes. Harvests are often lower than officially reported, and the country imports flour from Kazakhstan. In recent years bread shortages have led to queues at state shops in several regions.",
             "The president urged officials to ensure that seeds and fertiliser reached farmers in time and that irrigation canals fed by the Murghab river were cleaned before spring.",
         )),
    dict(key="neutrality", date="2026-11-18 09:40", slug="preparations-for-neutrality-day",
         title="Ashgabat prepares for Neutrality Day celebrations", author="Ogulgerek Annayeva",
         cats=["Politics", "Ashgabat"],
         body=ps(
             "Preparations are under way in Ashgabat for the celebration of Neutrality Day on 12 December, marking the anniversary of the United Nations General Assembly resolution of 1995 that recognised Turkmenistan&#8217;s permanent neutrality.",
             "Students and public sector workers have begun rehearsals for a parade and concerts, and façades along the main avenues are being washed and repainted. The government will hold an international conference on neutrality and peace, to which foreign ministers from neighbouring countries have been invited.",
             "Neutrality is the cornerstone of Turkmen foreign policy and has been used to justify staying out of military alliances. The Monument of Neutrality, once topped by a rotating golden statue of the first president, now stands on the southern edge of the city.",
         )),
    dict(key="akhal-teke", date="2026-10-31 16:55", slug="akhal-teke-horse-show-ashgabat",
         title="Akhal-Teke horses compete in autumn beauty contest", author="Ogulgerek Annayeva",
         cats=["Culture", "Horses"],
         xhtml=True,
         body=ps(
             "Breeders from all five regions of Turkmenistan brought their Akhal-Teke horses to the hippodrome in Ashgabat on Saturday for the autumn beauty contest, a competition judged on the animals&#8217; posture, gait and the famous metallic sheen of their coats.",
             "The Akhal-Teke is one of the oldest horse breeds in the world and a national symbol: it appears on the state emblem and on banknotes. The country keeps a stud book and limits exports. The winner of the main prize, a golden stallion from the Ahal region, was presented to the president.",
             "Breeders said the cost of feed had risen sharply this year. Some complained that the best horses belong to state stables and are rarely seen by the public.",
         )),
    dict(key="students", date="2026-11-06 12:30", slug="students-abroad-face-exit-restrictions",
         title="Turkmen students studying abroad face new exit restrictions", author="Merdan Orazov",
         cats=["Education", "Migration"],
         body=ps(
             "Young Turkmen who want to study abroad must now obtain a letter of permission from the Ministry of Education before they can leave the country, according to relatives of students and border guards quoted by independent outlets.",
             "Tens of thousands of Turkmen students study in Russia, Turkey and Belarus, many because places at Turkmen universities are scarce and admission often requires bribes. The new requirement has caused queues at the ministry and some students missed the start of their courses.",
             "Human rights groups said the measure was part of a wider effort to restrict travel abroad, which has grown as economic hardship pushed many people to seek work in Turkey. The government did not publish any regulation on the matter.",
         )),
    dict(key="caspian-gas", date="2026-11-14 17:20", slug="trans-caspian-pipeline-discussed-with-eu",
         title="EU envoy discusses trans-Caspian gas pipeline in Ashgabat", author="Merdan Orazov",
         cats=["Energy", "Diplomacy", "European Union"],
         body=ps(
             "The European Union&#8217;s special representative for Central Asia met the Turkmen foreign minister in Ashgabat on Friday to discuss the supply of Turkmen gas to Europe, including the long-planned trans-Caspian pipeline to Azerbaijan.",
             "Europe has been looking for alternatives to Russian gas since 2022, but the pipeline, which would run about 300 kilometres under the Caspian Sea, faces objections from Russia and Iran and has never attracted enough investment. A smaller swap deal through Iran has delivered modest volumes to Azerbaijan.",
             "The two sides also discussed cooperation on reducing methane emissions and on water management. Turkmenistan said it was ready to supply gas &#8220;to any direction&#8221; if buyers were found.",
         )),
    dict(key="kopetdag-stadium", date="2026-11-19 20:15", slug="ashgabat-hosts-asian-indoor-games-trial-events",
         title="Ashgabat hosts trial events in its Olympic complex", author="Ogulgerek Annayeva",
         cats=["Sport", "Ashgabat"],
         body=ps(
             "Athletes from eleven countries competed this week in trial events at the Ashgabat Olympic complex, which the government hopes will host a larger Asian multi-sport event later in the decade.",
             "The complex was built for the Asian Indoor and Martial Arts Games of 2017 at a cost of about five billion dollars, and most of its venues have been little used since then. Events this week included wrestling, weightlifting and kurash, a traditional form of wrestling popular across Central Asia.",
             "Foreign coaches praised the facilities but noted that few spectators attended. Turkmen sports officials said they would apply to host the Asian Youth Games.",
         )),
]
