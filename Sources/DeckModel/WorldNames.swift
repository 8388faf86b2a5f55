/// Names every learner may type even when the deck does not list them: the world's
/// countries. A typo is not forgiven when the typed text is at least as close to one of
/// these (typing "Iraq" for "Iran", "Austria" for "Australia").
public enum WorldNames {
    public static let countries: [String] = [
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
        "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium",
        "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria",
        "Burkina Faso", "Burundi", "Cabo Verde", "Cambodia", "Cameroon", "Canada", "Central African Republic", "Chad",
        "Chile", "China", "Colombia", "Comoros", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czechia",
        "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt", "El Salvador",
        "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon",
        "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau",
        "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland",
        "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo", "Kuwait",
        "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania",
        "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands",
        "Mauritania", "Mauritius", "Mexico", "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco",
        "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger",
        "Nigeria", "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Palestine", "Panama",
        "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia",
        "Rwanda", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa", "San Marino",
        "Sao Tome and Principe", "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore",
        "Slovakia", "Slovenia", "Solomon Islands", "Somalia", "South Africa", "South Korea", "South Sudan", "Spain",
        "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania",
        "Thailand", "Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Türkiye", "Turkey",
        "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom", "United States",
        "Uruguay", "Uzbekistan", "Vanuatu", "Vatican City", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe",
    ]

    /// Other names people use for countries, each group with the name the deck is likely to
    /// use first. A deck's own aliases come first; these join only where the deck says
    /// nothing of the name.
    public static let aliases: [[String]] = [
        ["United States", "United States of America", "USA", "US", "U.S.", "America"],
        ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
        ["United Arab Emirates", "UAE"],
        ["Russia", "Russian Federation"],
        ["China", "People's Republic of China", "PRC"],
        ["Iran", "Islamic Republic of Iran"],
        ["Pakistan", "Islamic Republic of Pakistan"],
        ["South Korea", "Republic of Korea"],
        ["North Korea", "DPRK", "Democratic People's Republic of Korea"],
        ["Netherlands", "Holland"],
        ["Czechia", "Czech Republic"],
        ["Türkiye", "Turkey"],
        ["Myanmar", "Burma"],
        ["Eswatini", "Swaziland"],
        ["North Macedonia", "Macedonia"],
        ["Timor-Leste", "East Timor"],
        ["Côte d'Ivoire", "Ivory Coast"],
        ["Cabo Verde", "Cape Verde"],
        ["Laos", "Lao PDR"],
        ["Kyrgyzstan", "Kyrgyz Republic"],
    ]
}
