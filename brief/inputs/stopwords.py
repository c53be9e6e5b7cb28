"""The most common function words of each language Punkt has a model for (data, no logic).

Keys are ISO 639-1 codes; each value is the language's English name and its words. Malayalam is
told apart by its script instead.
"""

from __future__ import annotations

PROFILES: dict[str, tuple[str, frozenset[str]]] = {
    code: (name, frozenset(words.split()))
    for code, name, words in [
        ("en", "English", "the of and to a in is that for it was on with as he she they by at from his her this be "
         "have has had not are were said will would an which but or who their been its after more than also"),
        ("de", "German", "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es "
         "werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über zum war haben nur oder "
         "aber vor zur bis mehr durch man"),
        ("fr", "French", "de la le et les des en un du une que est pour qui dans par plus pas au sur ne se ce il "
         "sont avec son aux ont été elle mais nous cette leur comme où"),
        ("es", "Spanish", "de la que el en y los del se las por un para con no una su al lo como más pero sus le "
         "ha si sin sobre este ya entre cuando todo esta ser son dos también fue había muy hasta desde está"),
        ("it", "Italian", "di e il la che per un è del non sono una della le i si con da al dei nel alla lo gli "
         "delle ha anche più come ma questo nella essere era stato sul loro"),
        ("pt", "Portuguese", "de o que e do da em um para é com não uma os no se na por mais as dos como mas foi "
         "ao ele das tem à seu sua ou ser quando muito há nos já está também pelo pela"),
        ("nl", "Dutch", "de het een en van in is op te dat die voor met zijn niet aan er om ook als bij maar uit "
         "door werd nog naar wordt worden heeft hij ze zij over tot dan kan"),
        ("sv", "Swedish", "och i att det som en på är av för med till den har de inte om ett han men var jag sig "
         "från vi så kan när år säger hade sin nu också efter eller mot blir"),
        ("da", "Danish", "og i at det en den til er som på de med han af for ikke der var mig sig men et har om "
         "vi min havde ham hun nu over da fra du ud sin dem os op man kan også efter"),
        ("no", "Norwegian", "og i det som på er en til at av for med har de ikke den han om et men var seg fra vi "
         "så kan også etter eller hun ble vil skal sier da nå mot"),
        ("fi", "Finnish", "ja on ei se että hän oli joka mutta kun niin myös ovat tai sen hänen ole jos kuin mitä "
         "tämä nyt vain sitä he me jo siitä mukaan olla ollut vuoden kanssa jälkeen sekä"),
        ("et", "Estonian", "ja on ei et see oli kui ka ta mis aga või nagu siis kes seda mida oma ning veel nad ole "
         "välja kõik pole üle tema juba mu sest nüüd"),
        ("cs", "Czech", "a se na je v že to s z do o i k ve jako by pro ale jsou tak po už od bylo jeho byl který "
         "která které nebo jak jen při také podle než"),
        ("pl", "Polish", "i w na z się nie do to że a o jest jak po co tak za od ale przez już jego dla być jej "
         "czy tylko może który która które są było został oraz także jednak"),
        ("sl", "Slovene", "in je na v se da za so ki z pa bi s to ne po tudi ali kot bo iz pri do le še ker pred "
         "sta bil bila bilo lahko tem"),
        ("tr", "Turkish", "ve bir bu da de için ile olarak çok daha en gibi ama sonra kadar olan her ne o değil "
         "var ya mi diye ise ki yok şey veya tarafından göre üzerinde"),
        ("ru", "Russian", "и в не на что с по он а как к из это у за о же от для все его она так но был было бы "
         "до они мы при также только уже"),
        ("el", "Greek", "και το να η της του ο την με σε που για τα από τη οι των δεν είναι στο στην θα τον ένα "
         "μια ότι στη τις στα αλλά ως"),
    ]
}
