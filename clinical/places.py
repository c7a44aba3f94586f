"""Which of our regions a person says they are in, read from one message.

`region_in(text)` returns a code of clinical.regions.REGIONS ("NZ", "UK", "US", "AU") when the message
says where the person is, lives or comes from, and None otherwise. The region chooses the emergency number
we give, so a wrong region is worse than none: when in doubt it returns None and the configured region
(BACKCARE_REGION) stays.

What it recognises
    Countries and their everyday names ("the States", "USA", "America", "Britain", "England", "Scotland",
    "Wales", "Northern Ireland", "NZ", "Aotearoa", "Oz", "down under"), the Australian states and
    territories with their abbreviations (NSW, QLD, VIC, TAS; WA, SA, NT, ACT, NI and LA only in capitals),
    the 50 US states, English counties, Scottish, Welsh and Northern Irish areas, New Zealand's regions,
    and each country's largest cities plus well-known others; people's words for themselves ("I'm an
    Aussie", "I'm a Kiwi", "I'm British", "as an American"); "Seattle, WA" or "Perth, Scotland", where the
    second name decides, and an unlisted suburb before a listed area ("Ponsonby, Auckland"); a whole
    message that is only a place name ("Australia", "Auckland, NZ").
    The place must be said as the person's own: "I'm in ...", "we're in ...", "I live in ...", "I've lived
    in ...", "I've just moved to ...", "here in ...", "I'm based in ..."/"Sydney-based", "I'm from ...",
    "my home is in ...", "those of us in ...", "a Brisbane local", "Aucklander here", or at the start of a
    sentence "Living in ...", "From ...", "Hi from ...".
    When several places are said, what the person is in now ("I'm in", "here in", "staying in", "I'm
    overseas") outranks where they live ("I live in", "based in", "moved to"), which outranks where they
    come from ("I'm from", "I'm Australian"): "I'm a Kiwi living in London" is UK, "I live in Auckland but
    I'm in Sydney this week" is AU, because the emergency number that works is the one where they are.
    Two different regions at the same rank give None, and so does a place outside our four regions
    (Ireland, Canada, Spain, "overseas", "abroad") at the top rank.

What it deliberately does not recognise, and why
    Other people's places ("my sister lives in London"), past places and plans ("I went to Australia last
    year", "I grew up in Texas", "I was born in England", "I'm flying to the US next week", "I'm moving to
    Perth", "I'm in London next month", "I'm originally from Leeds"), conditionals ("if I'm in the UK"),
    denials ("I'm not in Australia") and questions about the service ("is this app for the UK?", "what's
    the number in Australia?" and "do you have the number for Australia?" all give None: nothing there
    says where the person is; the caller can answer such a question from the region it names if it wants).
    Names that are also first names or words ("Sydney", "Victoria", "Kent", "Devon", "Austin", "Dallas",
    "Houston", "Darwin", "Adelaide", "Washington", "Indiana", "Oz", "Hull", ...) count only after a place
    word (in, from, near, based in, "Sydney-based"), never alone or as "Sydney here"; "Reading" and "Bath"
    also need their capital letter ("in the bath" is not Somerset). A name followed by "'s" or by
    "Street", "Road", "Station", "Park", "Hospital", ... ("Victoria Station", "Texas Roadhouse") is not a
    region. "Georgia" is a country too, so it needs a US word (Atlanta, USA) in the message; "Jersey",
    "Richmond", "Newport News" and the like are not listed at all. Names shared between our regions:
    bare "Perth" is Australia unless Scotland is mentioned (then None, or UK with "Perth, Scotland");
    "Hamilton", "Newcastle", "Hastings", "Cambridge", "Ipswich", "Durham", "Lincoln", "Worcester",
    "Lancaster" need a word that settles them ("Hamilton, NZ", "I'm a Kiwi living in Hamilton");
    "Wellington", "Canterbury", "Birmingham", "Manchester", "Boston", "Portland", "Melbourne", "London",
    "Sydney", "Victoria", "WA" and a few more have a usual reading, which a word for another place
    anywhere in the message cancels. "in WA" is Western Australia and "in SA" South Australia, as
    Australians say them: an American meaning Washington state is read wrong unless the message also says
    Seattle, Washington, USA or America, and a South African meaning South Africa is read wrong.
    The person's words must sit right before the place ("I'm sore from a flight to London" gives None),
    misspellings are not corrected, and a message is read up to MAX_CHARS characters.

The lists below were written by hand for this module from general knowledge (the countries and their
states, territories, counties and regions; the largest cities of each country by population, and towns
people often name); they are not exhaustive, and a place that is not listed simply gives None.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from clinical.regions import CANADA, EUROPE, NORTHERN_IRELAND, OTHER_COUNTRY, REGIONS, SCOTLAND

MAX_CHARS = 5_000  # a message is read up to here; where someone lives is said early
ELSEWHERE = "elsewhere"  # a place outside our regions: it can cancel a region, never choose one

# Outside our regions, in Europe: 112 is the emergency number there (clinical/regions.py EUROPE)
_EUROPEAN_AREAS = (
    "ireland", "the republic of ireland", "republic of ireland", "france", "germany", "spain", "portugal",
    "italy", "greece", "the netherlands", "netherlands", "holland", "belgium", "switzerland", "austria",
    "sweden", "norway", "denmark", "finland", "poland", "europe", "czech republic", "czechia", "hungary",
    "romania", "bulgaria", "croatia", "slovenia", "slovakia", "estonia", "latvia", "lithuania",
    "luxembourg", "malta", "cyprus", "iceland", "the algarve", "algarve", "tenerife", "mallorca",
    "majorca", "ibiza", "crete", "corfu", "the canary islands", "canary islands", "the canaries",
)
# Outside our regions, in Canada: 911, 811 and 988 (clinical/regions.py CANADA)
_CANADIAN_AREAS = ("canada", "ontario", "quebec", "british columbia", "alberta", "nova scotia", "manitoba",
                   "saskatchewan", "new brunswick", "newfoundland")
_CANADIAN_CITIES = ("toronto", "vancouver", "montreal", "ottawa", "calgary", "edmonton")
_EUROPEAN_CITIES = (
    "dublin", "cork", "galway", "paris", "berlin", "madrid", "barcelona", "rome", "amsterdam", "lisbon",
    "porto", "prague", "budapest", "vienna", "brussels", "copenhagen", "stockholm", "oslo", "helsinki",
    "warsaw", "munich", "frankfurt", "hamburg", "zurich", "geneva", "seville", "malaga", "lyon",
)
# In the UK, but without NHS 111 (clinical/regions.py NORTHERN_IRELAND)
_NORTHERN_IRISH_AREAS = (
    "northern ireland", "ni", "county antrim", "antrim", "county down", "county armagh", "armagh",
    "county tyrone", "tyrone", "fermanagh", "county fermanagh", "county londonderry",
)
_NORTHERN_IRISH_CITIES = (
    "belfast", "derry", "londonderry", "lisburn", "newry",
)

# In the UK, with NHS 24 on 111 (clinical/regions.py SCOTLAND)
_SCOTTISH_AREAS = (
    "scotland", "highlands", "the highlands", "the scottish highlands", "fife", "lothian", "ayrshire",
    "lanarkshire", "aberdeenshire", "perthshire", "argyll", "the scottish borders", "dumfries and galloway",
    "the hebrides",
)
_SCOTTISH_CITIES = (
    "glasgow", "edinburgh", "dundee", "inverness", "stirling", "st andrews", "aberdeen", "falkirk", "paisley",
    "kilmarnock", "ayr", "dumfries", "perth", "hamilton",
)

# ----------------------------------------------------------------------------------------------------
# Places. "area" names (countries, states, counties, regions) may settle a city said before them
# ("Perth, WA"); "city" names may not. Written by hand (see the module docstring).
_AREAS: dict[str, tuple[str, ...]] = {
    "AU": ("australia", "new south wales", "nsw", "vic", "queensland", "qld", "western australia",
           "south australia", "sa", "tasmania", "tas", "tassie", "northern territory", "nt",
           "australian capital territory", "act", "the top end", "far north queensland", "fnq",
           "the outback", "oz", "aus"),
    "NZ": ("new zealand", "nz", "aotearoa", "the north island", "north island", "the south island",
           "south island", "northland", "auckland", "waikato", "the waikato", "bay of plenty",
           "the bay of plenty", "gisborne", "hawke's bay", "taranaki", "the naki", "manawatu", "whanganui",
           "wanganui", "wairarapa", "tasman", "nelson", "marlborough", "otago", "southland", "coromandel",
           "the coromandel", "kapiti", "kapiti coast", "the kapiti coast", "the hutt", "hutt valley",
           "the hutt valley"),
    "UK": (*_NORTHERN_IRISH_AREAS,
           "uk", "united kingdom", "the united kingdom", "britain", "great britain", "england", "scotland",
           "wales", "blighty", "bedfordshire", "berkshire", "buckinghamshire",
           "cambridgeshire", "cheshire", "cornwall", "cumbria", "derbyshire", "devon", "dorset",
           "county durham", "sussex", "east sussex", "west sussex", "essex", "gloucestershire", "hampshire",
           "herefordshire", "hertfordshire", "isle of wight", "the isle of wight", "kent", "lancashire",
           "leicestershire", "lincolnshire", "merseyside", "northamptonshire", "northumberland",
           "nottinghamshire", "oxfordshire", "rutland", "shropshire", "somerset", "staffordshire", "suffolk",
           "surrey", "tyne and wear", "warwickshire", "west midlands", "the west midlands", "midlands",
           "the midlands", "east midlands", "the east midlands", "wiltshire", "worcestershire", "yorkshire",
           "east anglia", "cotswolds", "the cotswolds", "lake district", "the lake district",
           "the peak district", "greater manchester", "greater london", "highlands", "the highlands",
           "the scottish highlands", "fife", "lothian", "ayrshire", "lanarkshire", "aberdeenshire",
           "perthshire", "argyll", "the scottish borders", "dumfries and galloway", "the hebrides",
           "orkney", "shetland", "isle of skye", "the isle of skye", "pembrokeshire", "carmarthenshire",
           "gwynedd", "powys", "anglesey", "ceredigion", "snowdonia", "monmouthshire", "denbighshire",
           "conwy", "flintshire", ),
    "US": ("united states", "the united states", "united states of america", "usa", "the us", "america",
           "the states", "new england", "the midwest", "the carolinas", "socal", "norcal", "alabama",
           "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
           "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
           "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
           "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york", "new york state",
           "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
           "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia",
           "washington", "washington state", "west virginia", "wisconsin", "wyoming", "tx", "fl", "nj"),
    ELSEWHERE: (*_EUROPEAN_AREAS,
                "canada", "south africa",
                "india", "pakistan", "singapore", "malaysia", "indonesia", "bali", "thailand", "vietnam",
                "the philippines", "philippines", "japan", "china", "hong kong", "korea", "south korea",
                "taiwan", "fiji", "samoa", "tonga", "the cook islands", "cook islands", "papua new guinea",
                "new caledonia", "asia", "africa", "south america",
                "latin america", "central america", "north america", "mexico", "brazil", "argentina",
                "chile", "the uae", "uae", "united arab emirates", "qatar", "saudi arabia", "israel",
                "egypt", "kenya", "nigeria", "zimbabwe", "jamaica", "the caribbean", "costa rica",
                "ghana", "uganda", "tanzania", "trinidad", "barbados", "sri lanka", "bangladesh", "nepal",
                *_CANADIAN_AREAS),
}
_CITIES: dict[str, tuple[str, ...]] = {
    "AU": ("brisbane", "brissy", "brizzy", "brisvegas", "melb", "adelaide", "gold coast", "the gold coast",
           "canberra", "sunshine coast", "the sunshine coast", "wollongong", "geelong", "hobart",
           "townsville", "cairns", "darwin",
           "toowoomba", "ballarat", "bendigo", "launceston", "mackay", "rockhampton", "bunbury",
           "bundaberg", "hervey bay", "wagga wagga", "wagga", "mildura", "shepparton", "albury", "wodonga",
           "alice springs", "byron bay", "parramatta", "bondi", "fremantle", "mandurah", "coffs harbour",
           "port macquarie", "dubbo", "broome", "kalgoorlie", "geraldton", "mount gambier", "cronulla",
           "surfers paradise", "noosa", "tweed heads", "lismore", "armidale", "bathurst", "burnie"),
    "NZ": ("christchurch", "chch", "welly", "tauranga", "napier", "dunedin", "palmerston north", "palmy",
           "rotorua", "new plymouth", "whangarei", "invercargill", "queenstown", "taupo", "timaru",
           "blenheim", "masterton", "levin", "ashburton", "oamaru", "wanaka", "porirua", "lower hutt",
           "upper hutt", "whakatane", "te awamutu", "mount maunganui", "greymouth", "westport", "kaikoura",
           "motueka", "te puke", "kerikeri", "paraparaumu", "manukau", "papakura", "waiheke", "feilding",
           "tokoroa"),
    "UK": (*_NORTHERN_IRISH_CITIES,
           "brum", "liverpool", "leeds", "sheffield", "bristol", "newcastle upon tyne", "nottingham",
           "leicester", "coventry", "bradford", "southampton", "portsmouth", "brighton", "hull", "derby",
           "stoke-on-trent", "stoke", "wolverhampton", "sunderland", "oxford", "york", "norwich", "exeter",
           "bath", "reading", "milton keynes", "swindon", "luton", "northampton", "peterborough",
           "cheltenham", "gloucester", "chester", "carlisle", "preston", "blackpool", "bolton", "wigan",
           "stockport", "salford", "huddersfield", "wakefield", "doncaster", "middlesbrough", "maidstone",
           "colchester", "chelmsford", "southend", "bournemouth", "poole", "salisbury", "winchester",
           "guildford", "crawley", "slough", "watford", "st albans", "truro", "torquay", "glasgow",
           "edinburgh", "dundee", "inverness", "stirling", "st andrews", "cardiff", "swansea", "newport",
           "wrexham", "bangor", "harrogate",
           "scarborough", "whitby", "lancaster", "blackburn", "burnley", "rochdale", "oldham", "bury",
           "warrington", "telford", "shrewsbury", "hereford", "worthing", "eastbourne",
           "canterbury", "dover", "folkestone", "margate", "aberdeen",
           "falkirk", "paisley", "kilmarnock", "ayr", "dumfries", "llandudno", "aberystwyth", "barnsley",
           "rotherham", "grimsby", "scunthorpe", "darlington", "hartlepool", "gateshead",
           # Welsh towns (persona run 37: "I'm in Llanelli", "drive me to Morriston" kept New Zealand's 111)
           "llanelli", "morriston", "carmarthen", "neath", "port talbot", "bridgend", "merthyr tydfil",
           "pontypridd", "caerphilly", "rhyl", "haverfordwest", "aberdare", "ebbw vale", "abergavenny",
           "colwyn bay", "holyhead", "caernarfon", "brecon", "cwmbran", "pontypool", "porthcawl"),
    "US": ("new york city", "nyc", "ny", "los angeles", "la", "chicago", "houston", "phoenix",
           "philadelphia", "philly", "san antonio", "san diego", "dallas", "austin", "jacksonville",
           "fort worth", "columbus", "charlotte", "san francisco", "indianapolis", "seattle", "denver",
           "nashville", "detroit", "las vegas", "vegas", "memphis", "louisville", "baltimore", "milwaukee",
           "albuquerque", "tucson", "atlanta", "miami", "minneapolis", "new orleans", "cleveland", "tampa",
           "orlando", "st louis", "saint louis", "pittsburgh", "cincinnati", "kansas city",
           "salt lake city", "honolulu", "anchorage", "raleigh", "sacramento", "oakland", "omaha",
           "brooklyn", "manhattan", "the bronx", "long island", "the bay area", "bay area",
           "silicon valley", "oklahoma city", "el paso", "fresno", "virginia beach", "colorado springs",
           "tulsa", "arlington", "wichita", "boise", "spokane", "savannah", "charleston",
           "washington dc", "dc", "dayton", "akron", "toledo", "buffalo", "syracuse", "des moines",
           "madison", "knoxville", "chattanooga", "little rock", "baton rouge", "reno",
           "scottsdale", "mesa", "tempe", "fort lauderdale", "st petersburg", "grand rapids", "lexington"),
    ELSEWHERE: (*_EUROPEAN_CITIES,
                *_CANADIAN_CITIES, "tokyo",
                "bangkok", "beijing", "shanghai", "mumbai", "delhi", "manila", "johannesburg", "cape town",
                "dubai", "suva", "apia", "rarotonga", "tbilisi", "lagos", "abuja", "nairobi", "accra",
                "montego bay", "kuala lumpur", "jakarta", "cebu", "davao", "quezon city",
                "karachi", "lahore", "islamabad", "bangalore", "bengaluru", "chennai", "kolkata",
                "hyderabad", "pune", "durban", "pretoria", "harare", "kampala", "dar es salaam",
                "ho chi minh city", "hanoi", "seoul", "osaka", "taipei", "port moresby", "nuku'alofa"),
}
# What people call themselves ("I'm a Kiwi"); a plural "s" is also read.
_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AU": ("australian", "aussie", "queenslander", "tasmanian", "territorian", "sydneysider",
           "melburnian"),
    "NZ": ("kiwi", "new zealander", "maori", "aucklander", "wellingtonian"),
    "UK": ("british", "brit", "english", "englishman", "englishwoman", "scottish", "scot", "welsh",
           "welshman", "welshwoman", "northern irish", "londoner", "scouser", "geordie", "mancunian",
           "brummie", "glaswegian", "yorkshireman", "yorkshirewoman", "cornishman", "pom", "pommie"),
    "US": ("american", "yank", "texan", "californian", "new yorker", "floridian"),
    ELSEWHERE: ("canadian", "irish", "south african", "indian", "filipino", "german", "french", "dutch",
                "spanish", "italian", "chinese", "japanese", "european", "south american",
                "latin american", "north american", "central american", "samoan", "tongan", "fijian",
                "mexican", "brazilian"),
}
# Names shared between places: (kind, the usual reading or None, words that point to each reading).
# A word for another reading anywhere in the message cancels the usual one; with no usual reading,
# exactly one reading's words must be there. "Perth, Scotland" (a name right after) settles it outright.
_AMBIGUOUS: dict[str, tuple[str, str | None, dict[str, tuple[str, ...]]]] = {
    "victoria": ("area", "AU", {ELSEWHERE: ("canada", "canadian", "british columbia", "vancouver island")}),
    "wa": ("area", "AU", {"US": ("seattle", "washington", "usa", "america", "american", "the states",
                                 "the us")}),
    "georgia": ("area", None, {"US": ("usa", "america", "american", "the states", "the us", "atlanta",
                                      "savannah"), ELSEWHERE: ("tbilisi", "caucasus")}),
    "canterbury": ("area", "NZ", {"UK": ("kent", "england", "english", "uk", "britain", "british")}),
    "norfolk": ("area", "UK", {"US": ("virginia", "usa", "america", "american")}),
    "perth": ("city", "AU", {"UK": ("scotland", "scottish", "perthshire", "scot", "scots")}),
    "hamilton": ("city", None, {"NZ": ("nz", "new zealand", "aotearoa", "waikato", "kiwi", "kiwis"),
                                "UK": ("scotland", "scottish", "lanarkshire"),
                                ELSEWHERE: ("canada", "canadian", "ontario", "bermuda")}),
    "newcastle": ("city", None, {"AU": ("nsw", "new south wales", "australia", "australian", "aussie",
                                        "hunter valley"),
                                 "UK": ("england", "english", "uk", "britain", "british", "tyne", "geordie",
                                        "northumberland", "staffordshire")}),
    "hastings": ("city", None, {"NZ": ("nz", "new zealand", "hawke's bay", "hawkes bay", "kiwi", "napier"),
                                "UK": ("england", "english", "uk", "britain", "british", "sussex")}),
    "cambridge": ("city", None, {"UK": ("england", "english", "uk", "britain", "british", "cambridgeshire"),
                                 "US": ("massachusetts", "boston", "usa", "america", "american"),
                                 "NZ": ("nz", "new zealand", "waikato", "kiwi")}),
    "ipswich": ("city", None, {"AU": ("queensland", "qld", "brisbane", "australia", "aussie"),
                               "UK": ("suffolk", "england", "uk", "britain")}),
    "durham": ("city", None, {"UK": ("england", "english", "uk", "britain", "british"),
                              "US": ("north carolina", "carolina", "usa", "america", "american")}),
    "lincoln": ("city", None, {"UK": ("lincolnshire", "england", "uk", "britain"),
                               "US": ("nebraska", "usa", "america")}),
    "worcester": ("city", None, {"UK": ("worcestershire", "england", "uk", "britain"),
                                 "US": ("massachusetts", "usa", "america")}),
    "lancaster": ("city", None, {"UK": ("lancashire", "england", "uk", "britain"),
                                 "US": ("pennsylvania", "usa", "america")}),
    "wellington": ("city", "NZ", {"UK": ("somerset", "shropshire", "telford", "england", "uk")}),
    "birmingham": ("city", "UK", {"US": ("alabama", "usa", "america", "american", "the states", "the us")}),
    "manchester": ("city", "UK", {"US": ("new hampshire", "usa", "america", "american", "the states")}),
    "boston": ("city", "US", {"UK": ("lincolnshire", "england", "uk", "britain")}),
    "portland": ("city", "US", {"AU": ("victoria", "australia"), "UK": ("dorset",)}),
    "plymouth": ("city", "UK", {"US": ("massachusetts", "usa", "america", "american")}),
    "melbourne": ("city", "AU", {"US": ("florida", "usa", "america", "american")}),
    "aberdeen": ("city", "UK", {"US": ("south dakota", "usa", "america")}),
    "london": ("city", "UK", {ELSEWHERE: ("ontario", "canada", "canadian")}),
    "sydney": ("city", "AU", {ELSEWHERE: ("nova scotia", "canada", "canadian")}),
    "san jose": ("city", "US", {ELSEWHERE: ("costa rica",)}),
}
# Also first names or everyday words: only after a place word ("in Sydney", "Sydney-based").
_NEEDS_CUE = frozenset({
    "sydney", "victoria", "vic", "tas", "adelaide", "darwin", "mackay", "oz", "nelson", "tasman",
    "marlborough", "blenheim", "levin", "westport", "kent", "devon", "tyrone", "brum", "hull", "derby",
    "stoke", "chester", "carlisle", "preston", "bath", "reading", "lincoln", "georgia", "washington",
    "indiana", "virginia", "montana", "houston", "phoenix", "dallas", "austin", "columbus", "charlotte",
    "cleveland", "orlando", "raleigh", "brooklyn", "manhattan", "savannah", "charleston", "arlington",
    "vegas", "dc", "tx", "fl", "nj", "ny", "la", "wa", "sa", "nt", "act", "ni", "cork", "paris", "highlands",
})
_CAPITALISED = frozenset({"bath", "reading"})  # ordinary words: the capital letter must be there too
_UPPERCASE = frozenset({"wa", "sa", "nt", "act", "ni", "la", "tx", "fl", "nj"})  # only as "WA", "SA", ...
_NO_CUE = frozenset({"down under", "overseas", "abroad"})  # "I'm down under", "I'm overseas"
_ON = frozenset({"gold coast", "the gold coast", "sunshine coast", "the sunshine coast", "north island",
                 "the north island", "south island", "the south island", "isle of wight", "the isle of wight",
                 "isle of skye", "the isle of skye", "anglesey", "long island", "waiheke", "kapiti coast",
                 "the kapiti coast", "the coromandel", "coromandel"})  # "I live on the Gold Coast"
_SPECIAL = {"down under": "AU", "overseas": ELSEWHERE, "abroad": ELSEWHERE}
# Two-letter codes that settle a city said just before them ("Portland, OR", "London, ON").
_US_POSTAL = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
    "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
    "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC"})
_CA_POSTAL = frozenset({"ON", "BC", "QC", "AB", "MB", "SK", "NS", "NB", "NL", "PE"})


@dataclass(frozen=True)
class _Entry:
    name: str
    kind: str  # "area", "city", "demonym" or "special"
    default: str | None
    hints: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def readings(self) -> frozenset[str]:
        return frozenset(({self.default} if self.default else set()) | set(self.hints))


def _key(name: str) -> str:
    return re.sub(r"[\s-]+", " ", name.replace("'", "")).strip()


def _build_entries() -> dict[str, _Entry]:
    entries: dict[str, _Entry] = {}
    for kind, table in (("area", _AREAS), ("city", _CITIES), ("demonym", _DEMONYMS)):
        for region, names in table.items():
            for name in names:
                entries[_key(name)] = _Entry(name, kind, region)
    for name, region in _SPECIAL.items():
        entries[_key(name)] = _Entry(name, "special", region)
    for name, (kind, default, hints) in _AMBIGUOUS.items():
        entries[_key(name)] = _Entry(name, kind, default, hints)
    return entries


_ENTRIES = _build_entries()


def _name_pattern(name: str) -> str:
    parts = [re.escape(word).replace("'", "'?") for word in re.split(r"[\s-]+", name)]
    return r"[\s-]".join(parts)


_NAMES = sorted(_ENTRIES.values(), key=lambda e: len(e.name), reverse=True)
_NAME_RE = re.compile(
    r"(?<![\w'])(?:"
    + "|".join(_name_pattern(e.name) + ("s?" if e.kind == "demonym" else "") for e in _NAMES)
    + r")(?![\w])"
)
_HINT_RES = {
    name: {region: re.compile(r"(?<![\w'])(?:" + "|".join(_name_pattern(w) for w in words) + r")(?![\w])")
           for region, words in hints.items()}
    for name, (_, _, hints) in _AMBIGUOUS.items()
}

# ----------------------------------------------------------------------------------------------------
# The words around a place that make it the person's own. Each pattern reads the sentence up to the place.
_DEMONYM_WORDS = "|".join(_name_pattern(e.name) for e in _NAMES if e.kind == "demonym")
_GREETING = (r"(?:hi|hello|hey|hiya|greetings|kia ora|g'?day|howdy|yes|yeah|yep|yup|ok|okay|oh|so|well|um|er|"
             r"sorry|no|nope|nah|actually|and|also|btw|ps|\d+(?:\s*(?:m|f|yo|yrs?|years? old)\b)?)")
_START = rf"^[\W_]*(?:{_GREETING}\b[\W_]*){{0,6}}"
_IM = r"(?:i'm|i am|im|we're|we are|am(?=\s+(?:in|at|based)\b))"  # (Scots "am in dundee": I am)
_IVE = r"(?:i've|ive|i have|we've|weve|we have)"
_ADVERB = (r"(?:currently|now|still|actually|just|also|really|here|right now|at the moment|atm|at present|"
           r"presently|temporarily|permanently|mostly|usually|both|all|over|out|down|up|back home|back|"
           r"at home|home|safely|happily|only|and|in bed|at work|in pain|in agony|in hospital)")
# a word after "a"/"an" that is neither a place word nor a distance ("I'm a long way from Texas")
_NOT_CUE = (r"(?!(?:in|at|near|on|from|around|outside|of|to|and|way|drive|flight|hours?|minutes?|miles|km|"
            r"distance)\b)")
_MID = (rf"(?:\s+(?:{_ADVERB}|\d+[a-z]*,?|(?:a|an)\s+(?:(?:proud|fellow|true)\s+)?(?:{_DEMONYM_WORDS})s?|"
        rf"(?:{_DEMONYM_WORDS})s?|(?:a|an)(?:\s+{_NOT_CUE}[a-z]+){{1,2}})){{0,4}}")
_FILL = (r"(?:\s+(?:in|on|at)\s+(?:a|an|the|my|our)\s+(?:[a-z'-]+\s+){0,2}?(?:town|village|suburb|city|farm|"
         r"place|area|house|home|flat|apartment|part|island|station|block|community|spot|region|corner|bit|"
         r"hamlet|property|unit|cottage|lifestyle block|rest home|retirement village|stop|depot|yard|site|"
         r"camp|campsite|motel|hotel|airport|port|mine|conference|festival|park|caravan park|holiday park|"
         r"campground|camping ground|rv park|trailer park|showground))?"
         # ("We're at a caravan park just outside Port Augusta in South Australia": a town we do not list,
         # then its state; persona run 33)
         r"(?:\s+(?:just\s+)?(?:outside|near|out of|out from|(?:north|south|east|west) of)\s+[a-z'-]+"
         r"(?:\s+[a-z'-]+)?)?")
_CUE = (r"(?P<cue>in|at|near|around|outside of|outside|just outside|close to|not far from|"
        r"on the outskirts of|in the suburbs of|out of|on|from)")
_DIRECTION = (r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|north east|"
              r"north west|south east|south west)")
_MODS = (rf"(?:the\s+)?(?:(?:{_DIRECTION}|middle|centre|center|heart|top|bottom|rest|outskirts|suburbs|edge)"
         r"(?:\s+(?:part|side|end|bit|coast|corner))?\s+of\s+(?:the\s+)?)?"
         rf"(?:(?:{_DIRECTION}|northern|southern|eastern|western|central|mid|rural|regional|outback|inner|"
         r"outer|greater|sunny|beautiful|rainy|windy|wet|cold|hot|lovely|little|old|far|deep|coastal|suburban|"
         r"downtown|metro|metropolitan|country|upstate|downstate)[\s-]+){0,3}")
_BE_VERB_TIERS = {"living": 2, "based": 2, "located": 2, "settled": 2, "residing": 2, "resident": 2,
                  "working": 2, "staying": 3, "holidaying": 3, "travelling": 3, "traveling": 3, "stuck": 3,
                  "visiting": 3, "on holiday": 3, "on vacation": 3, "on a trip": 3, "sitting": 3, "lying": 3,
                  "writing": 3, "calling": 3, "messaging": 3, "texting": 3, "typing": 3}
_BE_VERBS = "|".join(sorted(_BE_VERB_TIERS, key=len, reverse=True))

_SOME_WORDS = r"(?:currently|now|still|also|just|always|only|mostly|recently|finally|all)"
_SOME = rf"(?:\s+{_SOME_WORDS}){{0,3}}"  # after a word
_SOME_FIRST = rf"(?:{_SOME_WORDS}\s+){{0,3}}"  # before a word
_ADVERBS = rf"(?:\s+{_ADVERB}){{0,3}}"
_WHERE = rf"(?:\s+{_CUE})?\s+{_MODS}$"  # the place word (the code decides when it may be left out), the place

_P_BE = re.compile(rf"(?<![\w']){_IM}{_MID}(?:\s+(?P<verb>{_BE_VERBS}))?{_ADVERBS}{_FILL}{_WHERE}")
_P_LIVE = re.compile(rf"(?<![\w'])(?:i|we){_ADVERBS}\s+(?P<verb>live and work|work and live|live|reside|work|"
                     rf"come){_ADVERBS}{_FILL}{_WHERE}")
_P_LIVED = re.compile(rf"(?<![\w']){_IVE}{_SOME}\s+(?P<verb>lived|been living|been based|resided|"
                      rf"been staying|been){_ADVERBS}{_FILL}{_WHERE}")
_P_MOVED = re.compile(rf"(?<![\w'])(?:i|we)(?:'ve|ve|\s+have)?{_SOME}\s+(?:moved|emigrated|relocated)"
                      rf"(?:\s+(?:back home|back|over|out|here|down|up|home|across)){{0,3}}\s+(?:to|into)"
                      rf"\s+{_MODS}$")
_P_HOME = re.compile(rf"(?:(?<![\w'])(?:my|our)\s+(?:home|house|place|flat|address)|{_START}home)\s*(?:is|'s)"
                     rf"(?:\s+(?P<cue>in|near|on|at|just outside|outside))?\s+{_MODS}$")
_P_HERE = re.compile(rf"(?<![\w'])(?:(?:over|down|up|out|back)\s+)?here\s+(?:(?P<cue>in|on)\s+)?{_MODS}$")
_P_US = re.compile(rf"(?<![\w'])(?:for|of|like|with)\s+us(?:\s+(?:here|over|down|up|out))?\s+(?P<cue>in|on)"
                   rf"\s+{_MODS}$")
_P_START_LIVE = re.compile(rf"{_START}{_SOME_FIRST}(?P<verb>living|live|based|"
                           rf"located|residing|resident|staying)\s+{_CUE}\s+{_MODS}$")
_P_START_FROM = re.compile(rf"{_START}(?P<cue>from)\s+{_MODS}$")
_P_START_IN = re.compile(rf"{_START}{_SOME_FIRST}"
                         rf"(?:(?:over|down|up|out|back)\s+)?(?P<cue>in)\s+{_MODS}$")
_P_AND_LIVE = re.compile(rf"(?:,|\band|\bbut){_SOME}\s+(?P<verb>live|living|based|residing|have lived|"
                         rf"'ve lived|have been living|'ve been living)\s+{_CUE}\s+{_MODS}$")
_P_AND_IN = re.compile(rf"(?:,|\band|\bbut)\s+(?P<now>(?:now|currently|at the moment|atm|at present)\s+)?"
                       rf"(?:(?:over|down|up|out|back)\s+)?(?P<cue>in)\s+{_MODS}$")
_NOW_AFTER = re.compile(r"^\s+(?:now|currently|at the moment|atm|these days|at present)\b")
# "change my location to New Zealand", "set the numbers to the UK please": the person's choice of region
_P_SET_REGION = re.compile(rf"(?<![\w'])(?:change|set|switch|update|put|make)\s+(?:my|the)\s+"
                           rf"(?:location|country|region|numbers|phone numbers|area|place)\s+(?:to|as|for)"
                           rf"\s+{_MODS}$")
# "whats 1737, thats not a thing in phoenix": a number that does not work where the person is
_P_NOT_HERE = re.compile(rf"(?<![\w'])(?:not a thing|not a number|isn'?t a thing|doesn'?t exist|"
                         rf"does not exist|doesn'?t work|does not work|won'?t work|"
                         rf"don'?t have (?:that|it|those|them|that number))"
                         rf"(?:\s+(?:here|over here|out here))?\s+(?:over |out |here )?(?P<cue>in)"
                         rf"\s+{_MODS}$")
# "got a show in adelaide tonight", "on shift in Leeds today": where the person is, said with today's plans
_P_TODAY_IN = re.compile(rf"(?<![\w'])(?:show|gig|shift|game|match|conference|meeting|working|playing|"
                         rf"performing|staying)s?\s+(?P<cue>in|at)\s+{_MODS}$")
_TODAY_AFTER = re.compile(r"^\s+(?:tonight|today|this (?:morning|afternoon|evening|week|weekend)|right now|"
                          r"at the moment)\b")
_P_NAME_FROM = re.compile(rf"{_START}{_IM}\s+(?P<name>[a-z]+)\s*,?\s+from\s+{_MODS}$")  # "I'm Sam from Leeds"
# (pattern, tier, whether the person is the subject only by position: these check for other people)
# "I'm in Mayo, in the west of Ireland" (persona run 36: a town not listed, then its country; the numbers
# stayed New Zealand's)
_P_IN_PART_OF = re.compile(rf"(?<![\w']){_IM}\s+in\s+[a-z' -]{{1,30}},\s+(?P<cue>in)\s+(?:the\s+)?"
                           r"(?:far\s+)?(?:north|south|east|west|north-?west|north-?east|south-?west|south-?east|"
                           r"middle|centre|center|midlands|heart)\s+of\s+(?:the\s+)?$")
_PLACE_FRAMES = ((_P_BE, 3, False), (_P_IN_PART_OF, 3, False), (_P_LIVE, 2, False), (_P_LIVED, 2, False),
                 (_P_MOVED, 2, False),
                 (_P_HOME, 2, False), (_P_HERE, 3, False), (_P_US, 2, False), (_P_START_LIVE, 2, True),
                 (_P_START_FROM, 1, True), (_P_START_IN, 3, True), (_P_AND_LIVE, 2, True),
                 (_P_AND_IN, 3, True), (_P_SET_REGION, 2, False), (_P_NOT_HERE, 3, False),
                 (_P_TODAY_IN, 3, True))

_D_IM = re.compile(rf"(?<![\w']){_IM}(?:\s+(?:just|also|actually|really|proud|true|real|fellow|born and bred|"
                   r"born and raised|through and through|a|an)){0,4}\s+$")
# "were aussies mate": "we're" typed without its apostrophe, at the start of what is said
_D_WERE = re.compile(r"(?:^|[.!?,]\s*)\W*were\s+(?:all\s+|both\s+)?$")
# "as a Kiwi", "us Aussies"
_D_AS = re.compile(r"(?<![\w'])(?:as\s+(?:(?:a|an)\s+)?|us\s+)(?:(?:proud|fellow|true)\s+)?$")
_D_REJECT = re.compile(r"^[\s-]*(?:fans?|fruit|food|bird|accent|teachers?|speakers?|speaking|literature|lit|"
                       r"major|expats?|ex-pats?|abroad|overseas|born|descent|heritage|ancestry|passport|"
                       r"shepherd|bulldog|football|rules|cuisine|style|airlines|airways|express)\b")

_STATEMENT_START = re.compile(rf"{_START}(?:fellow\s+)?$")
_HERE_AFTER = re.compile(r"^s?\s+here\b(?!\s+(?:is|was|are|were|in)\b)")
_BASED_AFTER = re.compile(r"^(?:-|\s+)based\b")
_BASED_BEFORE = re.compile(rf"(?:(?<![\w']){_IM}(?:\s+(?:a|an))?(?:\s+[a-z]+)?|{_START})\s*$")
_LOCAL_AFTER = re.compile(r"^[\s-]+(?P<what>local|resident|native|girl|boy|lad|lass|guy|gal|bloke)s?\b")
_LOCAL_BEFORE = re.compile(rf"(?<![\w']){_IM}\s+(?:a|an)(?:\s+(?:proud|true|real|born and bred))?\s+$")
_BARE_BEFORE = re.compile(rf"{_START}(?:(?:it's|its|the answer is)\s+)?(?:the\s+)?$")
_BARE_AFTER = re.compile(r"^[\W_]*(?:(?:here|mate|pal|buddy|bud|hen|bro|lad|eh|thanks|thank you|ta|"
                         r"cheers|atm|btw|currently|now|"
                         r"at the moment|please|pls)[\W_]*){0,4}$")
_IN_AFTER = re.compile(r"^[\W_]*(?:(?:here|mate|pal|buddy|bud|hen|bro|lad|eh|thanks|thank you|ta|"
                       r"cheers|atm|btw|currently|now|right now|"
                       r"at the moment|at present|please|pls|for now)[\W_]*){0,4}$")
_CONTINUES = re.compile(r"^\s*,?\s*(?:and|or|&|/)\s*(?:the\s+)?$")
_NOT_CONTINUED = re.compile(r"^\s+(?:is|are|was|were|has|where)\b")

# ("say I was in Leeds" supposes; "I should say that I am in Norwich" tells)
_CONDITIONAL = re.compile(r"(?<![\w'])(?:if|when|whenever|once|unless|whether|suppose|supposing|assuming|"
                          r"before|after|hope|hoping|wish|imagine|pretend|until|till|"
                          r"(?<!should )(?<!must )(?<!'d )(?<!would )(?<!me )(?<!to )say)\s+(?:\w+\s+)?$")
_OTHER_PEOPLE = re.compile(r"(?<![\w'])(?:he|she|they|he's|she's|they're|his|her|their|mum|mom|mother|dad|"
                           r"father|sister|brother|friend|mate|son|daughter|wife|husband|partner|boss|"
                           r"colleague|cousin|aunt|aunty|auntie|uncle|nan|nana|gran|grandma|grandmother|"
                           r"grandad|granddad|grandfather|kids?|child|children|family|someone|people|"
                           r"everyone|anyone|doctor|gp|physio)(?![\w])")
_NOT_A_REGION_AFTER = re.compile(r"^(?:'s|s')|^\s+(?:street|st|road|rd|avenue|ave|lane|drive|square|station|"
                                 r"stn|hospital|park|roadhouse|restaurant|mall|plaza|centre|center|university|"
                                 r"uni|college|school|hotel|motel|place|terrace|crescent|court|boulevard|blvd|"
                                 r"highway|hwy|library|market|markets|zoo|museum|sea|strait|club|fc|united|clinic|"
                                 r"bay|harbour|harbor|beach|cup|jones|hilton|beckham|secret)\b")
_CLAUSE_END = re.compile(r"[,;:.!?\n]|\b(?:and|but|so|because|though|although|while|whereas|whilst)\b")
_STILL_THERE = re.compile(r"\b(?:until|till|through|since)\b")
_ELSEWHEN = re.compile(
    r"(?<!the )(?<!past )\b(?:next|last)\s+(?:week|weekend|month|year|summer|winter|spring|autumn|fall|time|"
    r"christmas|easter|night|fortnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|holidays?)\b"
    # ("I lived in Leeds before" is another time; "$200 before they even look at you" is not)
    r"|\bbefore\b(?!\s+(?:they|you|i|we|he|she|it|anyone|anybody|someone|going|getting|seeing))"
    r"|\b(?:tomorrow|yesterday|ago|soon|shortly|originally|formerly|previously|someday|once|twice|"
    r"back then|years back|growing up|later)\b"
    r"|\bas an? (?:kid|child|teenager|teen|student|baby)\b|\bin (?:19|20)\d\d\b"
    r"|\bin (?:a|an|one|two|three|four|five|six|a few|a couple of|\d+) (?:days?|weeks?|months?|years?|"
    r"fortnights?)\b|\b(?:a few|several|many) times\b"
)
_QUALIFIER_GAP = re.compile(r"\s*[,(]?\s*|\s+in\s+(?:the\s+)?")  # "Perth, WA", "Hamilton in the Waikato"
_QUALIFIER_END = re.compile(r"^\s*\)?\s*(?:$|[,.;:!?\n)-]|(?:and|but|so|with|for|since|now|atm|area|region|"
                            r"originally|though|too|myself|where|which|who|at|here|mate|thanks|i|im|i'm)\b)")
_POSTAL_AFTER = re.compile(r"^\s*,?\s*\(?([A-Z]{2})\)?(?![\w])")


@dataclass
class _Mention:
    start: int
    end: int
    entry: _Entry
    region: str | None = None  # settled by a name right after ("Perth, WA"), else None
    settled: bool = False


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text[:MAX_CHARS])
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                                         "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}))
    text = text.encode("ascii", "ignore").decode()
    text = re.sub(r"\bU\.\s?S\.\s?A\b\.?|\bU\.\s?S\.(?=\W|$)", "USA", text, flags=re.I)
    text = re.sub(r"\bU\.\s?K\b\.?", "UK", text, flags=re.I)
    text = re.sub(r"\bN\.\s?Z\b\.?", "NZ", text, flags=re.I)
    text = re.sub(r"\bUS\b", "USA", text)  # capital "US" is the country; "us" is left as the pronoun
    text = re.sub(r"\b(St|Mt|Ft)\.\s*", r"\1 ", text, flags=re.I)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    # "were in ballarat btw" at the start of a sentence has lost its apostrophe: "we're in"; "we were in
    # Perth last year" keeps its subject and stays in the past
    text = re.sub(r"(^|[.!?;,\n]\s*|\b(?:also|and|but|oh|btw|ps|so|plus|lol|haha)\s+)were (in|at|near|from|"
                  r"based in|living in)\b", r"\1we're \2", text, flags=re.I)
    return text


def _entry_for(matched: str) -> _Entry | None:
    key = _key(matched)
    entry = _ENTRIES.get(key)
    if entry is None and key.endswith("s"):
        entry = _ENTRIES.get(key[:-1])
        if entry is not None and entry.kind != "demonym":
            return None
    return entry


def _mentions(lower: str, cased: str) -> list[_Mention]:
    found = []
    for match in _NAME_RE.finditer(lower):
        entry = _entry_for(match.group())
        if entry is None:
            continue
        name = _key(entry.name)
        if name in _UPPERCASE and not cased[match.start():match.end()].isupper():
            continue
        if name in _CAPITALISED and (not cased[match.start()].isupper()
                                     or re.search(r"\bthe\s+$", lower[:match.start()])):
            continue
        found.append(_Mention(match.start(), match.end(), entry))
    # A city or area followed by the area it is in ("Perth, WA", "Paris, Texas", "London, Ontario").
    merged: list[_Mention] = []
    i = 0
    while i < len(found):
        mention = found[i]
        i += 1
        if mention.entry.kind not in ("area", "city"):
            merged.append(mention)
            continue
        readings = mention.entry.readings
        while True:
            after = lower[mention.end:]
            if i < len(found) and found[i].entry.kind == "area" \
                    and _QUALIFIER_GAP.fullmatch(lower[mention.end:found[i].start]) \
                    and _QUALIFIER_END.match(lower[found[i].end:]):
                qualifier, end = found[i].entry.readings, found[i].end
                i += 1
            else:
                postal = _POSTAL_AFTER.match(cased[mention.end:])
                if not postal or postal.group(1) not in _US_POSTAL | _CA_POSTAL \
                        or not _QUALIFIER_END.match(after[postal.end():]):
                    break
                qualifier = frozenset({"US"} if postal.group(1) in _US_POSTAL else {ELSEWHERE})
                if postal.group(1) == "WA":
                    qualifier = frozenset({"US", "AU"})
                end = mention.end + postal.end()
                while i < len(found) and found[i].start < end:
                    i += 1
            both = readings & qualifier
            readings = both or qualifier
            mention = _Mention(mention.start, end, mention.entry, settled=True)
        if mention.settled:
            mention.region = next(iter(readings)) if len(readings) == 1 else None
        merged.append(mention)
    return merged


def _resolve(mention: _Mention, lower: str) -> str | None:
    if mention.settled:
        return mention.region
    entry = mention.entry
    if not entry.hints:
        return entry.default
    pointed = {region for region, hint in _HINT_RES[_key(entry.name)].items() if hint.search(lower)}
    if not pointed or pointed == {entry.default}:
        return entry.default
    if entry.default is None and len(pointed) == 1:
        return pointed.pop()
    return None


def _said_of_another_time(after: str) -> bool:
    """Whether the words after a place put it in the past or the future ("... last year", "... next week")."""
    end = _CLAUSE_END.search(after)
    clause = after[:end.start()] if end else after
    still = _STILL_THERE.search(clause)
    if still:
        clause = clause[:still.start()]
    return bool(_ELSEWHEN.search(clause))


def _demonym_tier(before: str, after: str) -> int:
    if _D_REJECT.match(after):
        return 0
    for pattern in (_D_IM, _D_AS, _D_WERE):
        found = pattern.search(before)
        if found and not _CONDITIONAL.search(before[:found.start()]):
            return 1
    if _STATEMENT_START.match(before) and _HERE_AFTER.match(after):
        return 1
    return 0


def _frame_tier(pattern: re.Pattern[str], found: re.Match[str], tier: int, after: str, name: str,
                needs_cue: bool) -> int:
    """The tier a matching frame gives a place, or 0 when the words do not fit that place."""
    cue, verb = found.groupdict().get("cue"), found.groupdict().get("verb")
    if (cue == "on" and name not in _ON) or (cue == "out of" and verb != "based"):
        return 0
    if pattern is _P_START_IN and not _IN_AFTER.match(after):
        return 0  # "In Sydney." answers where; "In Sydney they ..." is about Sydney
    if pattern is _P_AND_IN and not (found.group("now") or _NOW_AFTER.match(after)):
        return 0  # "I'm from Texas, in Victoria now", "I'm from Auckland, currently in London"
    if pattern is _P_TODAY_IN and not _TODAY_AFTER.match(after):
        return 0  # "a gig in Sydney next month" is a plan, not where they are
    if pattern is _P_START_FROM and re.match(r"^\s+to\b", after):
        return 0  # "From London to Leeds ..."
    if cue is None and pattern not in (_P_MOVED, _P_SET_REGION) and name not in _NO_CUE \
            and (needs_cue or not (verb == "visiting" or pattern is _P_HOME)):
        return 0
    if verb == "come":
        return 1 if cue == "from" else 0
    if verb in ("been", "been staying"):
        return 3
    if verb in _BE_VERB_TIERS:
        return _BE_VERB_TIERS[verb]
    if cue == "from" and verb is None:
        return 1
    return tier


def _frame_tiers(before: str, after: str, name: str, needs_cue: bool) -> list[int]:
    tiers = []
    for pattern, tier, bare_subject in _PLACE_FRAMES:
        found = pattern.search(before)
        if found and not _CONDITIONAL.search(before[:found.start()]) \
                and not (bare_subject and _OTHER_PEOPLE.search(before[:found.start()])):
            tiers.append(_frame_tier(pattern, found, tier, after, name, needs_cue))
    return tiers


def _place_tier(mention: _Mention, before: str, cased_before: str, after: str, whole_before: str,
                whole_after: str) -> int:
    """How strongly the words around a place make it the person's own: 3 where they are now, 2 where they
    live, 1 where they come from, 0 not theirs."""
    name = _key(mention.entry.name)
    needs_cue = name in _NEEDS_CUE and not mention.settled  # "Georgia, USA" needs no "in"
    if _NOT_A_REGION_AFTER.match(after):
        return 0
    tiers = _frame_tiers(before, after, name, needs_cue)
    if not tiers and mention.entry.kind == "area" and _QUALIFIER_END.match(after):
        for words in (1, 2, 3):  # "I live in Ponsonby, Auckland": a place we do not list, then its area
            suburb = re.search(rf"(?<![\w'])(?:[a-z'-]+\s+){{{words - 1}}}[a-z'-]+\s*,\s*$", before)
            if suburb and not _NAME_RE.search(suburb.group()):
                tiers += _frame_tiers(before[:suburb.start()], after, name, needs_cue)
    named = _P_NAME_FROM.search(before)
    if named and cased_before[named.start("name")].isupper() and named.group("name") not in _ENTRIES:
        tiers.append(1)
    if _BASED_AFTER.match(after) and _BASED_BEFORE.search(before):
        tiers.append(2)
    local = _LOCAL_AFTER.match(after)
    if local and _LOCAL_BEFORE.search(before):
        tiers.append(2 if local.group("what") in ("local", "resident") else 1)
    if not needs_cue and mention.entry.kind != "special":
        if _STATEMENT_START.match(before) and _HERE_AFTER.match(after):
            tiers.append(2)
        if _BARE_BEFORE.match(whole_before) and _BARE_AFTER.match(whole_after):
            tiers.append(2)
    return max(tiers, default=0)


def region_in(text: str) -> str | None:
    """The region code ("NZ", "UK", "US", "AU") of the place this message says the person is in, lives in
    or comes from, or None when it names none of ours, names none as theirs, or is unclear (see the module
    docstring for what counts and why doubt gives None)."""
    place = _place_of_person(text)
    return place if place in REGIONS else None


def where_person_is(text: str) -> str | None:
    """region_in, or OTHER_COUNTRY's code when the message says the person is in a country outside our
    regions ("I'm in Dublin", "I'm overseas at the moment"): our numbers would be wrong there."""
    text = _ASIDE.sub("", text or "")  # "UK, if that matters": the place alone
    place = _place_of_person(text) or _place_said_alone(text) or _area_said_first(text)
    if place == "UK" and _names_only(text, _NORTHERN_IRISH):
        return NORTHERN_IRELAND.code  # the UK's numbers, without NHS 111, which does not run there
    if place == "UK" and _names_only(text, _SCOTTISH):
        return SCOTLAND.code  # the UK's numbers, with NHS 24 on 111
    if place != ELSEWHERE:
        return place
    if _only_places_in(text, _CANADIAN):
        return CANADA.code
    return EUROPE.code if _only_european_places_named(text) else OTHER_COUNTRY.code


_NORTHERN_IRISH = frozenset(_key(name) for name in (*_NORTHERN_IRISH_AREAS, *_NORTHERN_IRISH_CITIES,
                                                     "northern irish"))


def _places_named(text: str) -> dict[str, frozenset[str]]:
    """The listed places the message names, each with the regions it can be read as."""
    named = {_key(found.group()) for found in _NAME_RE.finditer(text.lower()[:MAX_CHARS])}
    return {name: _ENTRIES[name].readings for name in named if name in _ENTRIES}


_SCOTTISH = frozenset(_key(name) for name in (*_SCOTTISH_AREAS, *_SCOTTISH_CITIES))


def _names_only(text: str, part_of_the_uk: frozenset[str]) -> bool:
    """Whether every place of the UK the message names is in that part of it ("I'm in Belfast", "I'm in
    Dundee, Scotland")."""
    british = {name for name, readings in _places_named(text).items() if "UK" in readings}
    return bool(british) and british <= part_of_the_uk


# Places outside our regions where 112 is the emergency number (clinical/regions.py EUROPE). What people call
# themselves is left out: "I'm German" tells where someone comes from, not where they are now.
_EUROPEAN = frozenset(_key(name) for name in (*_EUROPEAN_AREAS, *_EUROPEAN_CITIES))
_CANADIAN = frozenset(_key(name) for name in (*_CANADIAN_AREAS, *_CANADIAN_CITIES, "canadian"))


def _only_places_in(text: str, country: frozenset[str]) -> bool:
    """Whether every place outside our regions that the message names is in that country ("I'm in Ontario,
    Canada")."""
    outside = {name for name, readings in _places_named(text).items() if readings == {ELSEWHERE}}
    return bool(outside) and outside <= country


def _only_european_places_named(text: str) -> bool:
    """Whether every place outside our regions that the message names is in Europe ("I'm in Lisbon", "on
    holiday in Crete"); "from Germany, living in Canada" names one that is not, so no number is guessed."""
    outside = {name for name, readings in _places_named(text).items() if readings == {ELSEWHERE}}
    # ("I am Dutch, but I live in Spain": where the person is, not what they call themselves)
    places_not_people = {name for name in outside if _ENTRIES[name].kind != "demonym"}
    outside = places_not_people or outside
    return bool(outside) and outside <= _EUROPEAN


_ASIDE = re.compile(r",?\s*\b(if|in case) (that|it|this) (matters|helps)\W*$|,?\s*\b(fyi|btw)\W*$",
                    re.IGNORECASE)


_NOT_THERE = re.compile(r"\b(?:not|nto|isn'?t|aren'?t)\b.*$", re.IGNORECASE | re.DOTALL)
# "dundee. scotland. no new zealand": a sentence that only denies a place (not "no, new zealand", an answer)
_ONLY_DENIES = re.compile(r"^\W*(?:no|not|nto|never)\s+\w", re.IGNORECASE)


# "Central west Queensland, about two and a half hours out of Longreach": an area of a place, said first
_AREA_QUALIFIER = re.compile(r"^\W*((far |central |deep )?(north|south|east|west|northern|southern|eastern|"
                             r"western|central)( west| east| north| south)?|rural|regional|outback|inland|"
                             r"coastal|country|upstate|downstate)\s+", re.IGNORECASE)
_AREA_FIRST_MAX_CHARS = 40


def _area_said_first(text: str) -> str | None:
    """A part of a state or country named first, as its own phrase, in answer to where the person is."""
    first = re.split(r"[,.;!?\n]", text or "", maxsplit=1)[0]
    if len(first) > _AREA_FIRST_MAX_CHARS or not _AREA_QUALIFIER.match(first):
        return None
    area = _AREA_QUALIFIER.sub("", first).strip()
    # ("central west qld mate not nz": the area, beside a place the person is not in)
    place = _place_of_person(area) or _place_said_alone(area)
    return place if place in REGIONS else None


def _place_said_alone(text: str) -> str | None:
    """A place said as its own sentence after an answer ("none of them. leeds"), or beside a place the
    person is not in ("ohio not new zealand"): the last such sentence counts."""
    if not text or len(text) > MAX_PLACES_ONLY_CHARS * 2:
        return None
    for sentence in reversed([part for part in re.split(r"[.!?;\n]+", text) if part.strip()]):
        # ("yeah uk, manchester": each phrase of a list of places, too)
        phrases = tuple(p for p in re.split(r"\s*(?:,|\s-\s)\s*", sentence) if p.strip()) if "," in sentence \
            or " - " in sentence else ()
        for candidate in () if _ONLY_DENIES.match(sentence) else (sentence, _NOT_THERE.sub("", sentence),
                                                                    *phrases):
            if candidate.strip() and candidate.strip() != text.strip():
                place = _place_of_person(candidate)
                if place:
                    return place
    return None


def _place_of_person(text: str) -> str | None:
    if not text or not text.strip():
        return None
    cased = _normalise(text)
    lower = cased.lower()
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?;\n]+[.!?;\n]*", lower)]
    evidence: list[tuple[int, str | None]] = []
    previous: tuple[_Mention, int] | None = None
    for mention in _mentions(lower, cased):
        start, end = next(((s, e) for s, e in sentences if s <= mention.start < e), (0, len(lower)))
        window = slice(max(start, mention.start - 300), mention.start)
        before = lower[window]
        after = lower[mention.end:end]
        if mention.entry.kind == "demonym":
            tier = _demonym_tier(before, after)
        else:
            tier = _place_tier(mention, before, cased[window], after, lower[:mention.start],
                               lower[mention.end:])
        if not tier and previous and previous[0].end >= start and not _NOT_CONTINUED.match(after) \
                and _CONTINUES.match(lower[previous[0].end:mention.start]):
            tier = previous[1]  # "I live in Auckland and Sydney": the second place counts as the first did
        if tier and _said_of_another_time(after):
            tier = 0
        if tier:
            evidence.append((tier, _resolve(mention, lower)))
            previous = (mention, tier)
    if not evidence:
        return _only_places(cased, lower)
    top = max(tier for tier, _ in evidence)
    regions = {region for tier, region in evidence if tier == top}
    if len(regions) != 1:
        return None
    return regions.pop()


MAX_PLACES_ONLY_CHARS = 80
_PLACE_FILLER = re.compile(r"\b(?:near|nr|around|outside|just outside|close to|not far from|out from|in|from|"
                           r"the|of|and|ish)\b|[\W_\d]+")
_UNLISTED_NAME = re.compile(r"\b[A-Z][a-z-]+\b")
# Words that make a message a sentence rather than an address (other people: _OTHER_PEOPLE)
_NOT_A_TOWN = re.compile(r"\b(?:i|i'm|im|we|we're|you|it|my|our|not|no|yes|was|were|is|are|been|going|go|"
                         r"went|live|lives|living|stay|staying|visit|visiting)\b|\w'\w")


# Names that need a cue in a sentence and are also people's first names: alone, they may sign a message
_FIRST_NAMES = frozenset({
    "sydney", "victoria", "vic", "adelaide", "darwin", "nelson", "tasman", "levin", "kent", "devon",
    "chester", "preston", "carlisle", "lincoln", "derby", "georgia", "virginia", "indiana", "montana",
    "dallas", "austin", "charlotte", "cleveland", "houston", "orlando", "brooklyn", "savannah", "raleigh",
    "columbus", "arlington", "charleston", "washington", "paris", "mackay",
})


def _name_said_alone(lower: str, mentions: list[_Mention]) -> bool:
    """"phoenix" as the whole message, the answer to "tell me where": a place name that needs a cue in a
    sentence counts said alone, unless it is also a first name or an ordinary word ("Sydney", "Bath")."""
    if len(mentions) != 1:
        return False
    name = _key(mentions[0].entry.name)
    rest = lower[:mentions[0].start] + lower[mentions[0].end:]
    return name not in _FIRST_NAMES | _CAPITALISED and not re.sub(r"[\W_]+", "", rest)


def _only_places(cased: str, lower: str) -> str | None:
    """A short message made only of place names, like an answer to "where are you?": "Lockhart. NSW. Near
    Wagga." At least one listed name that needs no cue, at most two unlisted capitalised words (a town we
    do not list), nothing else, and every listed name in the same region."""
    if len(lower) > MAX_PLACES_ONLY_CHARS or _NOT_A_TOWN.search(lower) or _OTHER_PEOPLE.search(lower):
        return None
    mentions = [m for m in _mentions(lower, cased) if m.entry.kind in ("area", "city")]
    if not any(m.settled or _key(m.entry.name) not in _NEEDS_CUE for m in mentions) \
            and not _name_said_alone(lower, mentions):
        return None
    rest = cased
    for mention in reversed(mentions):
        rest = rest[:mention.start] + " " + rest[mention.end:]
    unlisted = _UNLISTED_NAME.findall(_PLACE_FILLER.sub(" ", rest))
    if len(unlisted) > 2 or _PLACE_FILLER.sub(" ", _UNLISTED_NAME.sub(" ", rest)).strip():
        return None
    regions = {_resolve(mention, lower) for mention in mentions}
    return regions.pop() if len(regions) == 1 else None


# Words that suggest a country without naming it: the emergency number, a service or a measure of one place
# only ("the ER", a temperature in Fahrenheit, "triple zero", "A&E"). Only ever a hint, never a region set.
_COUNTRY_HINTS = {
    "US": re.compile(r"\b(911|copay|co-pay|deductible|fahrenheit|urgent care center|(9[5-9]|10[0-5])(\.\d)? ?"
                     r"(f|degrees f)\b)|"
                     r"\b(temp|temperature|thermometer)\b[^.!?]{0,25}\b(9[5-9]|10[0-5])\.\d\b|"
                     r"(?<![A-Za-z])(?-i:ER)(?![A-Za-z])|"
                     # medicines sold under these names in North America, its doctors and car parks
                     r"\b(tylenol|advil|motrin|aleve|pcp|primary care (physician|doctor|provider)|"
                     r"parking lot)\b", re.IGNORECASE),
    "AU": re.compile(r"\b(000|triple zero|healthdirect|bulk ?bill\w*|centrelink)\b", re.IGNORECASE),
    "UK": re.compile(r"\b(999|a&e|nhs|quid|gp surgery)\b|\ba and e\b", re.IGNORECASE),
}


def country_hinted(texts: list[str]) -> str | None:
    """The one region code (of REGIONS) that the person's words suggest without naming a place, or None
    when they suggest none or more than one. "ER" counts only typed in capitals (not the filler "er")."""
    hinted = {code for code, words in _COUNTRY_HINTS.items() for text in texts if words.search(text or "")}
    # a place of one of our regions named in passing ("we've got adelaide tomorrow night and it's like 9 hrs
    # in the van": persona run 31, told to call 111 in Australia), not said to be where the person is
    hinted |= {code for text in texts for readings in _places_named(text or "").values()
               if len(readings) == 1 for code in readings if code in REGIONS}
    return hinted.pop() if len(hinted) == 1 else None
