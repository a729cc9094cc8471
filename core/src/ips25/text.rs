//! Titles, descriptions, anchors and component texts of the UK IPS-25 items.
//!
//! Written in our own concise words from `003_*` (Centre for Mental Health, UK IPS fidelity scale).
//! Numbers, counts and conditions are exactly as printed; where the printed text has an evident slip
//! the note next to the item says what was printed and how it is read.

use crate::item::ItemText;

/// Item 1.
pub(super) const CASELOAD_SIZE: ItemText = ItemText {
    title: "Caseload size",
    description: "Each full-time employment specialist carries an individual caseload of at most 20 active \
                  clients, counting both job-search and in-work support clients.",
    anchors: [
        "41 or more clients per employment specialist.",
        "31-40 clients per employment specialist.",
        "26-30 clients per employment specialist.",
        "21-25 clients per employment specialist.",
        "20 or fewer clients per employment specialist.",
    ],
};

/// Item 2.
pub(super) const EMPLOYMENT_SERVICES_STAFF: ItemText = ItemText {
    title: "Employment services staff",
    description: "Employment specialists deliver employment services only, not mental health case management, \
                  though they may help with personal problems that stand in the way of work.",
    anchors: [
        "Employment services take less than 60% of specialists' time.",
        "Employment services take 60-74% of specialists' time.",
        "Employment services take 75-89% of specialists' time.",
        "Employment services take 90-95% of specialists' time.",
        "Employment services take 96% of specialists' time.",
    ],
};

/// Item 3.
pub(super) const VOCATIONAL_GENERALISTS: ItemText = ItemText {
    title: "Vocational generalists",
    description: "Each employment specialist carries out every phase of the employment service, from intake to \
                  follow-along support, before stepping down to lighter support from another practitioner. \
                  Referring benefits counselling to a trained counsellor is consistent with high fidelity \
                  (item 12).",
    anchors: [
        "The specialist only refers clients on to vendors and other programmes.",
        "The specialist holds a caseload but refers clients elsewhere for vocational services.",
        "The specialist provides one to four phases of the employment service.",
        "The specialist provides five phases of the employment service but not the whole service.",
        "The specialist carries out all six phases of the employment service.",
    ],
};

/// Item 4.
///
/// Anchor 2 prints "three of more" and "less than 50% off"; read as "three or more" and "less than
/// 50% of".
pub(super) const TEAM_ASSIGNMENT: ItemText = ItemText {
    title: "Integration through team assignment",
    description: "Employment specialists belong to up to 2 mental health treatment teams, which supply at least \
                  90% of their caseload.",
    anchors: [
        "Specialists work in a vocational programme run separately from mental health treatment.",
        "Specialists are attached to three or more teams, OR clients are served by practitioners not \
         organised into teams, OR specialists are attached to one or two teams that supply less than 50% \
         of their caseload.",
        "Specialists are attached to one or two teams that supply 50-74% of their caseload.",
        "Specialists are attached to one or two teams that supply 75-89% of their caseload.",
        "Specialists are attached to one or two teams that supply 90-100% of their caseload.",
    ],
};

/// Item 5.
pub(super) const TEAM_CONTACT: ItemText = ItemText {
    title: "Integration through frequent team contact",
    description: "Employment specialists take an active part in weekly client-focused team meetings, sit with \
                  or near the treatment team, share one integrated client record, and help the team think \
                  about work for people not yet referred. Count the five components present.",
    anchors: [
        "One or none of the five components is present.",
        "Two components are present.",
        "Three components are present.",
        "Four components are present.",
        "All five components are present.",
    ],
};

/// Item 6.
pub(super) const GOVERNMENT_LIAISON: ItemText = ItemText {
    title: "Collaboration with DWP programmes",
    description: "Employment specialists and staff of Government-funded programmes (in the UK, JobCentre Plus \
                  and Work Programme/Work Choice providers) stay in frequent contact to find referrals, \
                  discuss shared clients and obtain further help.",
    anchors: [
        "Client-related contacts happen less than quarterly, OR the two sides do not communicate.",
        "Client-related contacts (phone, e-mail, in person) happen at least quarterly.",
        "Client-related contacts (phone, e-mail, in person) happen monthly.",
        "Scheduled face-to-face meetings happen at least quarterly, OR client-related contacts happen \
         weekly.",
        "Scheduled face-to-face meetings happen at least monthly AND client-related contacts happen weekly.",
    ],
};

/// Item 7.
pub(super) const VOCATIONAL_UNIT: ItemText = ItemText {
    title: "Vocational unit",
    description: "At least 2 full-time employment specialists and a team leader form an employment unit with \
                  weekly client-based group supervision, where strategies and job leads are shared, and they \
                  cover each other's caseloads when needed.",
    anchors: [
        "Specialists are not part of a vocational unit.",
        "Specialists share a supervisor but do not meet as a group or back each other up.",
        "Specialists share a supervisor, discuss clients with each other weekly and back each other up as \
         needed, OR (rural, one specialist per site) they meet their supervisor by teleconference 2-3 \
         times a month.",
        "At least 2 specialists and a team leader hold 2-3 scheduled client-based group supervision \
         meetings a month and cover each other's caseloads, OR (rural, one specialist per site) they meet \
         their supervisor 2-3 times a month in person or by teleconference and mental health practitioners \
         help with tasks such as taking someone to work.",
        "At least 2 full-time specialists and a team leader form a unit with weekly client-based group \
         supervision on the supported employment model and cover each other's caseloads.",
    ],
};

/// Item 8.
pub(super) const SUPERVISOR_ROLE: ItemText = ItemText {
    title: "Role of employment supervisor",
    description: "A supported employment team leader leads the unit and develops specialists' skills through \
                  outcome-based supervision. Count the five key supervisor roles present.",
    anchors: [
        "One or none of the five roles is present.",
        "Two roles are present.",
        "Three roles are present.",
        "Four roles are present.",
        "All five roles are present.",
    ],
};

/// Item 9.
pub(super) const ZERO_EXCLUSION: ItemText = ItemText {
    title: "Zero exclusion criteria",
    description: "Every client who wants to work can use the service whatever their job readiness, substance \
                  use, symptoms, history of violence, cognitive impairment, treatment non-adherence or \
                  presentation; nobody is screened out, and help is offered with another job whenever one \
                  ends.",
    anchors: [
        "A formal policy excludes clients for lack of job readiness.",
        "Most clients cannot use the service because of perceived lack of job readiness.",
        "Some clients cannot use the service because of perceived lack of job readiness.",
        "No formal or informal exclusion, but referrals are not sought from a wide range of sources; help is \
         offered with another job whenever one ends.",
        "Every client who wants to work has access, practitioners encourage work, referrals come from many \
         sources, and help is offered with another job whenever one ends.",
    ],
};

/// Item 10.
pub(super) const COMPETITIVE_EMPLOYMENT_FOCUS: ItemText = ItemText {
    title: "Trust focus on competitive employment",
    description: "The NHS Trust promotes competitive work through several strategies across its services for \
                  adults with severe mental illness. Count the five strategies present.",
    anchors: [
        "One or none of the five strategies is present.",
        "Two strategies are present.",
        "Three strategies are present.",
        "Four strategies are present.",
        "All five strategies are present.",
    ],
};

/// Item 11.
pub(super) const EXECUTIVE_SUPPORT: ItemText = ItemText {
    title: "Executive team support",
    description: "Trust executives help implement and sustain supported employment. All five components must \
                  be present for a score of 5.",
    anchors: [
        "One or none of the five components is present.",
        "Two components are present.",
        "Three components are present.",
        "Four components are present.",
        "All five components are present.",
    ],
};

/// Item 12.
pub(super) const WORK_INCENTIVES_PLANNING: ItemText = ItemText {
    title: "Work incentives planning",
    description: "Every client is offered comprehensive, individual work incentives (benefits) planning before \
                  starting a job and when hours or pay change, covering all income, benefits and costs of \
                  work, with help to report earnings to the bodies that need to know.",
    anchors: [
        "Work incentives planning is not readily available to most clients.",
        "The specialist gives the client contact details for work incentives advice.",
        "The specialist discusses benefit changes from working with each client.",
        "The specialist or another practitioner offers comprehensive, individual planning by a person \
         trained in work incentives planning before the client starts a job.",
        "Comprehensive, individual planning by a specially trained planner is offered before a job starts \
         and again when hours or pay change, with help reporting earnings to DWP, housing and others.",
    ],
};

/// Item 13.
pub(super) const DISCLOSURE: ItemText = ItemText {
    title: "Disclosure",
    description: "Employment specialists give accurate information and help clients make an informed choice \
                  about what to tell an employer about their disability. Count the four components present.",
    anchors: [
        "None of the four components is present.",
        "One component is present.",
        "Two components are present.",
        "Three components are present.",
        "All four components are present.",
    ],
};

/// Item 14.
pub(super) const WORK_BASED_ASSESSMENT: ItemText = ItemText {
    title: "Ongoing, work-based vocational assessment",
    description: "Initial vocational assessment takes 2-3 sessions; a vocational profile is kept up to date \
                  with each job experience and draws on the client, team, records and, with permission, \
                  family and past employers.",
    anchors: [
        "Assessment happens before placement and relies on office-based tests and work samples.",
        "Assessment proceeds stepwise through prevocational work, volunteering or set-aside jobs.",
        "Clients are helped straight into competitive jobs without systematic review of interests and \
         strengths, and job losses are not routinely analysed.",
        "Initial assessment over 2-3 sessions explores interests and strengths, and lessons from each job \
         are analysed with the team, but they are not documented in the profile, OR the profile is not \
         updated regularly.",
        "Initial assessment over 2-3 sessions is documented in a vocational profile that guides job choice, \
         is updated with each job experience, and draws on all sources; lessons from each job are analysed \
         with the team.",
    ],
};

/// Item 15.
///
/// Anchor 1 prints "the client of the employment specialist"; read as "the client or the employment
/// specialist", as in anchors 2-5.
pub(super) const RAPID_JOB_SEARCH: ItemText = ItemText {
    title: "Rapid job search for competitive job",
    description: "Initial assessment and the first face-to-face employer contact about a competitive job, by the \
                  client or the specialist, happen within 30 days (one month) of programme entry.",
    anchors: [
        "First face-to-face employer contact comes on average 271 days or more (>9 months) after entry.",
        "First face-to-face employer contact comes on average 151-270 days (5-9 months) after entry.",
        "First face-to-face employer contact comes on average 61-150 days (2-5 months) after entry.",
        "First face-to-face employer contact comes on average 31-60 days (1-2 months) after entry.",
        "The programme tracks employer contacts and the first face-to-face contact comes on average within \
         30 days (one month) of entry.",
    ],
};

/// Item 16.
pub(super) const INDIVIDUALISED_JOB_SEARCH: ItemText = ItemText {
    title: "Individualised job search",
    description: "Employer contacts aim at a good match with the client's preferences and needs rather than \
                  the jobs most readily available; an individual job search plan is kept up to date.",
    anchors: [
        "Less than 25% of employer contacts reflect the client's choices rather than the job market.",
        "25-49% of employer contacts reflect the client's choices rather than the job market.",
        "50-74% of employer contacts reflect the client's choices rather than the job market.",
        "75-89% of employer contacts reflect the client's choices and fit the current employment plan.",
        "90-100% of employer contacts reflect the client's choices and fit the current plan; clients with \
         little work experience hear about a range of local job options.",
    ],
};

/// Item 17.
pub(super) const EMPLOYER_CONTACT_FREQUENCY: ItemText = ItemText {
    title: "Job development: frequent employer contact",
    description: "Each employment specialist makes at least 6 face-to-face employer contacts a week for clients \
                  seeking work (average the weeks, then use the closest scale point), recorded on a weekly \
                  tracking form.",
    anchors: [
        "Less than 2 client-specific face-to-face employer contacts a week.",
        "2 client-specific face-to-face employer contacts a week, OR no tracking process.",
        "4 client-specific face-to-face employer contacts a week, with a tracking form the supervisor reviews \
         monthly.",
        "5 client-specific face-to-face employer contacts a week, with a tracking form the supervisor reviews \
         weekly.",
        "6 or more client-specific face-to-face employer contacts a week, or 2 contacts per job seeker when \
         fewer than 3 are looking for work, with records a supervisor can review weekly.",
    ],
};

/// Item 18.
pub(super) const EMPLOYER_CONTACT_QUALITY: ItemText = ItemText {
    title: "Job development: quality of employer contact",
    description: "Specialists build employer relationships through several planned visits in person to learn \
                  the employer's needs, explain what the programme offers and present well-matched client \
                  strengths (rate each specialist, average, use the closest scale point).",
    anchors: [
        "The specialist meets employers only when helping hand in applications, OR rarely contacts \
         employers.",
        "The specialist asks employers about openings and passes the leads on to clients.",
        "The specialist follows up advertised openings, introduces the programme and asks for an interview.",
        "The specialist meets employers in person with or without an opening, describes client strengths and \
         asks for interviews.",
        "The specialist builds relationships through multiple planned visits in person to learn employer \
         needs, explain the programme and present well-matched client strengths.",
    ],
};

/// Item 19.
pub(super) const JOB_TYPE_DIVERSITY: ItemText = ItemText {
    title: "Diversity of job types",
    description: "Specialists help clients into different types of jobs.",
    anchors: [
        "Clients are helped into different types of jobs less than 50% of the time.",
        "Clients are helped into different types of jobs 50-59% of the time.",
        "Clients are helped into different types of jobs 60-69% of the time.",
        "Clients are helped into different types of jobs 70-84% of the time.",
        "Clients are helped into different types of jobs 85-100% of the time.",
    ],
};

/// Item 20.
///
/// Anchor 2 prints "with the same employers"; every other anchor and the description say "different
/// employers", so it is read as "different employers".
pub(super) const EMPLOYER_DIVERSITY: ItemText = ItemText {
    title: "Diversity of employers",
    description: "Specialists help clients into jobs with different employers.",
    anchors: [
        "Clients are helped into jobs with different employers less than 50% of the time.",
        "Clients are helped into jobs with different employers 50-59% of the time.",
        "Clients are helped into jobs with different employers 60-69% of the time.",
        "Clients are helped into jobs with different employers 70-84% of the time.",
        "Clients are helped into jobs with different employers 85-100% of the time.",
    ],
};

/// Item 21.
pub(super) const COMPETITIVE_JOBS: ItemText = ItemText {
    title: "Competitive jobs",
    description: "Specialists offer permanent competitive jobs rather than temporary or time-limited ones: jobs \
                  paying at least the minimum wage, open to anyone and not set aside for disabled people \
                  (seasonal and ordinary temporary-agency jobs count).",
    anchors: [
        "Permanent competitive job options less than 64% of the time, OR fewer than 10 current jobs.",
        "Permanent competitive job options about 65-74% of the time.",
        "Permanent competitive job options about 75-84% of the time.",
        "Permanent competitive job options about 85-94% of the time.",
        "95% or more of clients' competitive jobs are permanent.",
    ],
};

/// Item 22.
pub(super) const INDIVIDUALISED_FOLLOW_ALONG: ItemText = ItemText {
    title: "Individualised follow-along support",
    description: "Working clients get varied in-work support suited to the job and the person, from the team, \
                  family, friends, co-workers and the specialist, plus employer support on request and help \
                  with career development.",
    anchors: [
        "Most clients get no support after starting a job.",
        "About half of working clients get a narrow range of support, mainly from the specialist.",
        "Most working clients get a narrow range of support, mainly from the specialist.",
        "Clients get varied support suited to the job and the person; the specialist supports employers at \
         the client's request.",
        "Clients get varied, suited support and employer support on request; the specialist helps people \
         move to better jobs or into education and training, and the site shows enhanced support by the \
         treatment team.",
    ],
};

/// Item 23.
pub(super) const TIME_UNLIMITED_SUPPORT: ItemText = ItemText {
    title: "Time-unlimited follow-along supports",
    description: "Face-to-face contact within 1 week before a job starts, within 3 days after, weekly for the \
                  first month and at least monthly for a year or more as clients wish; step-down support \
                  after steady work; contact within 3 days of learning of a job loss.",
    anchors: [
        "No face-to-face contact after the first month in a job.",
        "Face-to-face contact with less than half of working clients for at least 4 months after starting.",
        "Face-to-face contact with at least half of working clients for at least 4 months after starting.",
        "Face-to-face contact weekly for the first month and at least monthly for a year or more, on \
         average, as clients wish.",
        "Face-to-face contact within 1 week before and 3 days after a job starts, weekly for the first month \
         and at least monthly for a year or more, on average, as clients wish; contact within 3 days of \
         hearing of a job loss.",
    ],
};

/// Item 24.
///
/// Anchors 1 and 2 both print 30% ("30% time or less", "30-39%"); see the interpretation table.
pub(super) const COMMUNITY_BASED_SERVICES: ItemText = ItemText {
    title: "Community-based services",
    description: "All specialists deliver engagement, job finding and follow-along support in natural community \
                  settings (rate each specialist on scheduled weekly hours, average, use the closest scale \
                  point).",
    anchors: [
        "30% or less of scheduled work hours spent in the community.",
        "30-39% of scheduled work hours spent in the community.",
        "40-49% of scheduled work hours spent in the community.",
        "50-64% of scheduled work hours spent in the community.",
        "65% or more of scheduled work hours spent in the community.",
    ],
};

/// Item 25.
pub(super) const ASSERTIVE_ENGAGEMENT: ItemText = ItemText {
    title: "Assertive engagement and outreach",
    description: "Services do not end for missed appointments or fixed time limits; outreach is documented, \
                  integrated team members make engagement and outreach attempts, and outreach stops once the \
                  client no longer wants to work. Count the six strategies used.",
    anchors: [
        "2 or fewer of the six strategies are used.",
        "3 strategies are used.",
        "4 strategies are used.",
        "5 strategies are used.",
        "All 6 strategies are used.",
    ],
};

/// Item 5 components.
pub(super) const TEAM_CONTACT_COMPONENTS: [(&str, &str); 5] = [
    ("weekly_meetings", "Attends weekly client-focused meetings with the treatment team."),
    ("shared_decision_making", "Takes an active part in team meetings with shared decision-making."),
    ("integrated_records", "Employment documentation is part of the client's mental health record."),
    ("co_located_office", "Office is close to, or shared with, the treatment team."),
    ("prompts_referrals", "Helps the team think about work for people not yet referred."),
];

/// Item 8 components (the five key roles of the supervisor).
pub(super) const SUPERVISOR_ROLE_COMPONENTS: [(&str, &str); 5] = [
    (
        "span_of_supervision",
        "One FTE supervisor for no more than 10 specialists, with no other supervisory duties (pro rata when \
         supervising fewer).",
    ),
    ("weekly_supervision", "Weekly supervision reviewing client situations and new strategies."),
    ("liaises_with_team_leaders", "Works with treatment team leaders and attends a meeting of each team quarterly."),
    ("field_mentoring", "Goes into the field monthly with specialists who are new or struggling with job development."),
    ("reviews_outcomes", "Reviews client outcomes with specialists and sets goals at least quarterly."),
];

/// Item 10 components (the Trust's strategies).
pub(super) const COMPETITIVE_EMPLOYMENT_FOCUS_COMPONENTS: [(&str, &str); 5] = [
    ("intake_asks_about_work", "Trust intake asks about interest in employment."),
    (
        "reviews_ask_about_work",
        "All annual (or semi-annual) assessments or treatment plan reviews ask about interest in employment.",
    ),
    ("written_postings", "Written postings about work and supported employment in lobbies and waiting areas."),
    ("work_stories_shared", "Clients can share work stories with clients and staff at least twice a year."),
    (
        "employment_rate_measured",
        "Competitive employment rate measured at least quarterly and shared with leadership and staff.",
    ),
];

/// Item 11 components.
pub(super) const EXECUTIVE_SUPPORT_COMPONENTS: [(&str, &str); 5] = [
    (
        "leaders_know_principles",
        "Executive and Clinical Directors know the principles of evidence-based supported employment.",
    ),
    (
        "quality_assurance_review",
        "Quality assurance reviews the programme with the fidelity scale at least every 6 months until high \
         fidelity, then at least yearly, and uses the results.",
    ),
    (
        "steering_committee",
        "An executive takes part in steering committee meetings held at least every six months (high \
         fidelity) or at least quarterly (not yet high fidelity), which write action plans.",
    ),
    (
        "ceo_communicates_goals",
        "The CEO/Executive Director personally sets out SE goals to all staff in the first six months and at \
         least annually.",
    ),
    (
        "barriers_and_facilitators_shared",
        "The IPS service leader shares barriers and facilitators with the executive team at least twice a \
         year, and the team helps solve barriers.",
    ),
];

/// Item 13 components.
pub(super) const DISCLOSURE_COMPONENTS: [(&str, &str); 4] = [
    ("not_required", "Clients are not required to disclose a psychiatric disability to get services."),
    ("pros_and_cons", "Pros and cons of disclosure, and its link to accommodations, are discussed before disclosing."),
    ("specific_information", "What exactly to disclose is discussed, with examples of what to say."),
    ("more_than_once", "Disclosure is discussed on more than one occasion."),
];

/// Item 25 components (the six engagement and outreach strategies).
pub(super) const ASSERTIVE_ENGAGEMENT_COMPONENTS: [(&str, &str); 6] = [
    ("no_termination_for_missed_appointments", "Services are not ended for missed appointments or fixed time limits."),
    ("outreach_documented", "Outreach attempts are documented systematically."),
    ("team_outreach", "Integrated team members make engagement and outreach attempts."),
    ("community_visits", "Multiple home or community visits."),
    ("coordinated_visits", "Visits coordinated between the specialist and an integrated team member."),
    ("family_contact", "Contact with family, when applicable."),
];

/// Item 3 phases of the employment service, counted by the `phases` form.
pub(super) const VOCATIONAL_PHASES: [(&str, &str); 6] = [
    ("intake", "Programme intake."),
    ("engagement", "Engagement."),
    ("assessment", "Assessment."),
    ("job_development", "Job development and job placement."),
    ("job_coaching", "Job coaching."),
    ("follow_along", "Follow-along support."),
];
