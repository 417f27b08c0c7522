// `npm run eval`: one table of kabar's measured quality against the labelled sets and ../shared/corpus.
// `npm run eval -- --errors` also lists every relevance, quote and clustering disagreement.
import { loadKnowledge } from '../src/analysis/knowledge.ts';
import { runClusterEval } from './analysis/cluster-eval.ts';
import { CORPUS, hasCorpus } from './analysis/corpus.ts';
import { runQuotesEval } from './analysis/quotes-eval.ts';
import { runRelevanceEval } from './analysis/relevance-eval.ts';
import { runSummaryEval } from './analysis/summary-eval.ts';

type Row = [area: string, metric: string, kabar: string, peer: string, target: string, status: string];

const showErrors = process.argv.includes('--errors');

/**
 * What each labelling round scored the first time kabar saw it, before any rule was written from it.
 * The per-round rows above are today's figures, on rounds that have since been read, so only these are blind.
 */
const QUOTES_HISTORY = [
  'late-labelled (6 articles) at first look: span+speaker F1 0.595 (11/19 speakers; 5 misses were one misspelt name); the general fixes they prompted are in, so they are no longer held out',
  'blind-q (24 beat articles, 68 quotes, labelled by readers who never saw kabar) at first look: span P/R 1.000/0.926, span+speaker P/R/F1 0.873/0.809/0.840; the fixes it prompted (back-to-back quotes, a verb right before the mark, "mereka menambahkan", documents speaking for their issuer, abbreviated roles, glued names) are in, so it is no longer blind',
  'blind-q2 (24 more beat articles, 69 quotes, labelled the same way after those fixes) at first look: span P/R 0.969/0.899, span+speaker P/R/F1 0.922/0.855/0.887',
  'blind-q3 (24 more, 90 quotes, after the blind-q2 fixes) at first look: span P/R 0.978/0.978, span+speaker P/R/F1 0.811/0.811/0.811',
  'blind-q4 (24 more, 62 quotes, after the blind-q3 fixes) at first look: span P/R 1.000/0.984, span+speaker P/R/F1 0.885/0.871/0.878',
  'blind-q5 (24 more, 90 quotes: the last 13 beat articles with quotes plus 11 other country-news articles, after the blind-q4 fixes) at first look: span P/R 0.895/0.944, span+speaker P/R/F1 0.832/0.878/0.854',
  'blind-q6 (24 more, 93 quotes, from news naming China, Russia or the US outside the relevance set, after the blind-q5 fixes) at first look: span P/R 1.000/0.903, span+speaker P/R/F1 0.786/0.710/0.746',
  'blind-q7 (24 more, 75 quotes, from news with China, Russia or the US in the headline, on the final rules: nothing was changed after it) at first look: span P/R 0.943/0.880, span+speaker P/R/F1 0.900/0.840/0.869',
  'blind-q8 and blind-q9 (24 articles each, 103 and 71 quotes, drawn at random from unlabelled news naming China, Russia or the US, labelled on 2026-11-30 and scored on the rules of that morning; their errors were not read while rules changed that day) at first look: q8 span P/R 0.989/0.864, span+speaker P/R/F1 0.878/0.767/0.819; q9 span P/R 0.968/0.859, span+speaker P/R/F1 0.762/0.676/0.716',
  'blind-q8 and blind-q9 again on the rules of the afternoon (commit 1aec2dd; general fixes prompted by the earlier rounds only, before their errors were read): q8 span+speaker P/R/F1 0.856/0.748/0.798, q9 0.810/0.718/0.761; together 128 of 174 quotes right against 127 in the morning: the fixes did not carry over to these two rounds',
  'blind-q10 and blind-q11 (24 articles each, 56 and 78 quotes, news naming China, Russia or the US at least three times, labelled on 2026-11-30 and held out until every rule of that day was written, commit e05e2ae) at first look: q10 span P/R 1.000/0.964, span+speaker P/R/F1 0.944/0.911/0.927; q11 span P/R 0.985/0.833, span+speaker 0.818/0.692/0.750; together span+speaker P/R/F1 0.875/0.784/0.827. The morning rules on the same two rounds: q10 the same, q11 0.790/0.628/0.700',
  'blind-q12 and blind-q13 (24 articles each, 89 and 82 quotes, drawn the same way, labelled after the fixes prompted by q8 to q11 and held out until they were done, commit 4eceef3) at first look: q12 span P/R 1.000/0.978, span+speaker P/R/F1 0.908/0.888/0.898; q13 span P/R 1.000/0.927, span+speaker 0.868/0.805/0.835; together span+speaker 0.890/0.848/0.868. The morning rules on the same rounds: together 0.864/0.819/0.841',
  'blind-q14 and blind-q15 (24 articles each, 58 and 71 quotes, the last unlabelled news with quotes naming China, Russia or the US, commit f241c9b): their error list was printed once by mistake before they were scored; they were scored at once, with no rule changed in between. q14 span P/R 0.932/0.948, span+speaker P/R/F1 0.797/0.810/0.803 (the morning rules: 0.870/0.810/0.839; one quote the reader took as running over four paragraphs around a promo line now comes out as four quotes of the right speaker, where the morning rules found none of it); q15 span P/R 0.971/0.930, span+speaker 0.824/0.789/0.806 (morning 0.809/0.775/0.791); together 0.811/0.798/0.805 against 0.836/0.791/0.813 in the morning',
  'the three fresh pairs together (q10 to q15, 434 quotes, each pair scored before its errors were read): span+speaker P/R/F1 0.861/0.813/0.836 on the day\'s rules against 0.855/0.788/0.820 on the morning\'s',
  'blind-q16 and blind-q17 (24 articles each, 61 and 67 quotes, drawn from unlabelled news with quotes naming China, Russia or the US, labelled after every other rule of the day and scored on the final rules, commit 2940007, before anything was read from them): q16 span P/R 1.000/0.967, span+speaker P/R/F1 0.864/0.836/0.850; q17 span P/R 1.000/0.985, span+speaker 0.909/0.896/0.902; together 0.888/0.867/0.877. The morning rules on the same pair: 0.852/0.813/0.832',
  'the four fresh pairs together (q10 to q17, 562 quotes, each pair scored on the rules of its day, before its errors were read): span+speaker P/R/F1 0.867/0.826/0.846 against 0.854/0.794/0.823 on the morning\'s rules',
  'blind-q18 and blind-q19 (24 articles each, 93 and 63 quotes, drawn at random from unlabelled news with quotes naming China, Russia or the US, labelled on 2026-11-30 in the fourth session under the same guide, scored after the first quote fixes of that session (written from q14 to q17 only, commit ce69978) and before anything was read from them): q18 span P/R 1.000/0.914, span+speaker P/R/F1 0.847/0.774/0.809; q19 span P/R 0.983/0.905, span+speaker 0.810/0.746/0.777; together 0.832/0.763/0.796. The session\'s starting rules (587a20d) on the same pair: 0.818/0.750/0.783',
  'blind-q20 and blind-q21 (24 articles each, 72 and 100 quotes, drawn the same way, scored on the rules written from q14 to q19, commit cf39f1c, before anything was read from them): q20 span P/R 1.000/0.944, span+speaker P/R/F1 0.971/0.917/0.943; q21 span P/R 0.948/0.920, span+speaker 0.835/0.810/0.822; together 0.891/0.855/0.872. The session\'s starting rules: 0.879/0.843/0.861. A second reader labelled q20 on their own: 71 quotes against 72, span+speaker F1 0.993 between the two readers',
  'blind-q22 to blind-q25 (24 articles each, 69, 58, 80 and 76 quotes, drawn the same way, labelled while the rules were written from q14 to q21 and scored on the rules of that moment, commit 085469a, before anything was read from them): q22 span+speaker P/R/F1 0.848/0.812/0.830, q23 0.925/0.845/0.883, q24 0.886/0.875/0.881, q25 0.792/0.750/0.770; together span P/R 0.989/0.943, span+speaker 0.859/0.820/0.839. The session\'s starting rules on the same four rounds: 0.843/0.799/0.820',
  'blind-q26 to blind-q29 (24 articles each, 65, 63, 63 and 85 quotes, drawn the same way, labelled while the rules were written from q14 to q25 and scored on the rules of that moment, commit dfcf8d8, before anything was read from them): q26 span+speaker P/R/F1 0.915/0.831/0.871, q27 0.919/0.905/0.912, q28 0.898/0.841/0.869, q29 0.886/0.824/0.854; together span P/R 0.992/0.931, span+speaker 0.903/0.848/0.875. The session\'s starting rules on the same four rounds: 0.884/0.826/0.854',
  'blind-q30 to blind-q33 (24 articles each, 68, 71, 74 and 80 quotes, drawn the same way, labelled while the rules were written from q14 to q29 and scored on the session\'s final rules, commit 82e62a5, before anything was read from them): q30 span+speaker P/R/F1 0.838/0.838/0.838, q31 0.924/0.859/0.891, q32 0.900/0.851/0.875, q33 0.917/0.825/0.868; together span P/R 1.000/0.942, span+speaker 0.895/0.843/0.868. The session\'s starting rules on the same four rounds: 0.880/0.823/0.850',
  'all fresh rounds of the fourth session together (q18 to q33, 1,180 quotes, each scored on the rules of its moment before its errors were read): span+speaker P/R/F1 0.880/0.830/0.854 against 0.864/0.811/0.837 on the session\'s starting rules',
  'blind-q34 to blind-q37 (24 articles each, 75, 70, 92 and 97 quotes, drawn at random from unlabelled news with quotes naming China, Russia or the US, labelled at the start of the fifth session under the same guide and scored on the fourth session\'s final rules, commit 4a03442, before anything was read from them): q34 span+speaker P/R/F1 0.944/0.893/0.918, q35 0.884/0.871/0.878, q36 0.932/0.891/0.911, q37 0.922/0.856/0.888; together span P/R 0.987/0.940, span+speaker 0.921/0.877/0.899',
  'blind-q38 to blind-q41 (24 articles each, 64, 89, 80 and 82 quotes, drawn the same way, labelled at the start of the fifth session and held out while the rules were written from q34 to q37 and the older rounds, scored on the rules of commit 3af6953 before anything was read from them): q38 span+speaker P/R/F1 0.862/0.875/0.868, q39 0.931/0.910/0.920, q40 0.909/0.875/0.892, q41 0.923/0.878/0.900; together span P/R 0.980/0.956, span+speaker 0.909/0.886/0.897. The session\'s starting rules (4a03442) on the same four rounds: 0.890/0.851/0.870',
  'blind-q42 to blind-q49 (24 articles each, 619 quotes, drawn the same way, labelled during the fifth session and held out until the rules written from q34 to q41 were done, scored on the rules of commit 8526797 before anything was read from them): q42 span+speaker P/R/F1 0.928/0.853/0.889, q43 0.912/0.886/0.899, q44 0.963/0.897/0.929, q45 0.892/0.881/0.886, q46 0.958/0.895/0.925, q47 0.836/0.803/0.819, q48 0.868/0.819/0.843, q49 0.934/0.899/0.916; together span P/R 0.986/0.939, span+speaker 0.912/0.868/0.889. The session\'s starting rules (4a03442) on the same eight rounds: 0.895/0.843/0.869',
  'blind-q50 to blind-q52 (24 articles each, 60, 64 and 71 quotes, the last articles with quotes naming China, Russia or the US, labelled during the fifth session and held out until every rule of the session was written, scored on the final rules, commit 28d9eb3, before anything was read from them): q50 span+speaker P/R/F1 0.933/0.933/0.933, q51 0.952/0.938/0.945, q52 0.914/0.901/0.908; together span P/R 0.974/0.964, span+speaker 0.933/0.923/0.928. The session\'s starting rules on the same three rounds: 0.921/0.897/0.909',
  'blind-q53 to blind-q58 (24 articles each, 564 quotes, drawn at random from any corpus article with quotes, whether or not it names China, Russia or the US: celebrity, sport and local news with more voices; scored on the same final rules, commit 28d9eb3, before anything was read from them): q53 span+speaker P/R/F1 0.886/0.839/0.862, q54 0.807/0.798/0.802, q55 0.886/0.886/0.886, q56 0.890/0.840/0.864, q57 0.843/0.833/0.838, q58 0.818/0.783/0.800; together span P/R 0.980/0.950, span+speaker 0.857/0.832/0.844. The session\'s starting rules on the same six rounds: 0.853/0.821/0.836',
  'blind-q59 to blind-q64 (24 articles each, 530 quotes, drawn the same way from any news with quotes, held out while rules were written from q53 to q58, scored on the session\'s final rules, commit 9a74608, before anything was read from them): q59 span+speaker P/R/F1 0.819/0.856/0.837, q60 0.827/0.786/0.806, q61 0.838/0.917/0.876, q62 0.903/0.855/0.878, q63 0.892/0.825/0.857, q64 0.905/0.894/0.899; together span P/R 0.956/0.951, span+speaker 0.860/0.855/0.857. The session\'s starting rules on the same six rounds: 0.850/0.843/0.847',
  'blind-q65 to blind-q70 (24 articles each, 491 quotes from any news with quotes, held out while the last rules were written from q59 to q64, scored on the session\'s final rules, commit 725f1ce, before anything was read from them): q65 span+speaker P/R/F1 0.922/0.922/0.922, q66 0.940/0.918/0.929, q67 0.901/0.865/0.883, q68 0.851/0.826/0.838, q69 0.809/0.792/0.800, q70 0.914/0.831/0.871; together span P/R 0.968/0.937, span+speaker 0.888/0.859/0.874. The session\'s starting rules on the same six rounds: 0.879/0.845/0.862. With q50 to q52, the final rules on 686 unseen quotes: 0.901/0.878/0.889',
  'blind-q71 to blind-q76 (24 articles each, 509 quotes from any news with quotes, held out while the last rules were written from q65 to q70, scored on the session\'s final rules, commit 92555a8, before anything was read from them): q71 span+speaker P/R/F1 0.829/0.795/0.811, q72 0.863/0.882/0.872, q73 0.871/0.900/0.885, q74 0.842/0.810/0.826, q75 0.868/0.849/0.859, q76 0.935/0.889/0.911; together span P/R 0.980/0.967, span+speaker 0.869/0.857/0.863. The session\'s starting rules on the same six rounds: 0.836/0.823/0.830. The last three held-out sets together (q50 to q52, q65 to q70, q71 to q76; 1,195 quotes, each on the rules of its moment late in the session): 0.887/0.869/0.878',
  'blind-q77 to blind-q82 (24 articles each, 515 quotes from any news with quotes, labelled after the last rule of the session and scored on the same final rules as q71 to q76, before anything was read from them): q77 span+speaker P/R/F1 0.862/0.862/0.862, q78 0.921/0.903/0.912, q79 0.934/0.922/0.928, q80 0.869/0.793/0.830, q81 0.900/0.923/0.911, q82 0.945/0.885/0.914; together span P/R 0.988/0.961, span+speaker 0.904/0.880/0.892. The session\'s starting rules on the same six rounds: 0.896/0.870/0.883. The final rules on both unseen sets from any news (q71 to q82, 1,024 quotes): 0.886/0.868/0.877',
  'all fresh beat rounds of the fifth session together (q34 to q52, 1,463 quotes, each scored on the rules of its moment before its errors were read): span+speaker P/R/F1 0.916/0.881/0.898 against 0.905/0.861/0.883 on the session\'s starting rules',
  'sixth session (2026-11-30/12-01): every round drawn at random from any corpus news with quotes (the beat has no unlabelled articles with quotes left), 24 articles each, labelled by readers who never saw kabar under a guide that now also settles paragraph boundaries (a quote-only paragraph after a closed quote is its own quote; a paragraph left open continues into the next), each batch scored on the rules of its moment before its errors were read, and again on the session\'s starting rules (9ec17eb). Span+speaker P/R/F1, rules of the moment against starting rules:',
  'blind-q83 to blind-q90 (587 quotes, commit 9ec17eb with nothing changed yet): span P/R 1.000/0.966, span+speaker 0.908/0.877/0.893',
  'blind-q91 to blind-q98 (597, e08d4e3): 0.868/0.859/0.864 against 0.861/0.853/0.857',
  'blind-q99 to blind-q106 (588, 8fcf3d1): 0.889/0.855/0.872 against 0.887/0.854/0.870',
  'blind-q107 to blind-q114 (555, 10be724): 0.864/0.836/0.850 against 0.861/0.825/0.843',
  'blind-q115 to blind-q122 (539, 3f9a269): 0.878/0.865/0.871 against 0.872/0.859/0.865',
  'blind-q123 to blind-q130 (580, 26b9574): 0.921/0.902/0.911 against 0.905/0.884/0.895',
  'blind-q131 to blind-q138 (557, a1fd22c): 0.908/0.883/0.895 against 0.899/0.867/0.883',
  'blind-q139 to blind-q146 (625, a1fd22c): 0.874/0.845/0.859 against 0.863/0.826/0.844',
  'blind-q147 to blind-q154 (580, 4bb4a42): 0.897/0.872/0.885 against 0.885/0.852/0.868',
  'blind-q155 to blind-q162 (597, 43ba08d): 0.896/0.884/0.890 against 0.877/0.863/0.870',
  'blind-q163 to blind-q170 (573, ab0c186): 0.883/0.855/0.869 against 0.871/0.839/0.855',
  'blind-q171 to blind-q178 (566, 037c84e): 0.922/0.892/0.907 against 0.916/0.883/0.899',
  'blind-q179 to blind-q186 (580, dec182c): 0.858/0.834/0.846 against 0.848/0.819/0.833',
  'blind-q187 to blind-q194 (566, e2bc4da): 0.900/0.873/0.886 against 0.878/0.852/0.865',
  'blind-q195 to blind-q202 (636, d94f2c0): 0.872/0.858/0.865 against 0.866/0.851/0.858',
  'blind-q203 to blind-q210 (613, the final rules d94f2c0, labelled after the last rule was written): span P/R 0.990/0.959, span+speaker 0.874/0.847/0.860 against 0.869/0.837/0.853',
  'all sixteen batches of the sixth session together (q83 to q210, 9,339 quotes, each on the rules of its moment before its errors were read): span+speaker P/R/F1 0.888/0.865/0.876 against 0.879/0.852/0.865 on the session\'s starting rules; the second half (q147 to q210, 4,711 quotes): 0.887/0.864/0.876 against 0.876/0.849/0.862. Batches of 192 articles still differ by six points among themselves (0.846 to 0.911)',
  'seventh session (2026-12-01): detik-q1 to detik-q8, 24 articles each drawn at random from detik-1000-entity-aspect-summ (detik.com, October 2025), a source no rule had been written from; detik-q1 to -q4 are its articles with quotes naming China, Russia or the US, detik-q5 to -q8 any of its other articles with quotes. Labelled by readers who never saw kabar under the same guide and scored on the session-start rules (10a00b2) before anything was read from them: q1 span+speaker P/R/F1 0.955/0.887/0.920, q2 0.935/0.911/0.923, q3 0.914/0.925/0.919, q4 0.927/0.919/0.923, q5 0.909/0.879/0.894, q6 0.926/0.906/0.916, q7 0.944/0.913/0.928, q8 0.952/0.943/0.947; beat rounds q1 to q4 (341 quotes) 0.931/0.912/0.921, other news q5 to q8 (384) 0.933/0.911/0.922; all 725 quotes span P/R 0.992/0.970, span+speaker 0.932/0.912/0.922',
  'detik-q9 to detik-q16 (192 more detik.com articles with quotes, any news, labelled the same way while the first eight were scored, and scored on the same session-start rules before anything was read from them): q9 0.876/0.886/0.881, q10 0.935/0.926/0.930, q11 0.827/0.805/0.816, q12 0.963/0.954/0.959, q13 0.903/0.903/0.903, q14 0.929/0.938/0.933, q15 0.909/0.902/0.905, q16 0.975/0.952/0.963; together (860 quotes) span P/R 0.996/0.988, span+speaker 0.916/0.908/0.912. All sixteen detik rounds (384 articles, 1,585 quotes) on the session-start rules: span P/R 0.994/0.980, span+speaker 0.923/0.910/0.916',
  'detik-q17 to detik-q24 (192 more detik.com articles with quotes, labelled while the first rules of the session were written from detik-q1 to -q16, 806 quotes): q21 and q22 scored on the session-start rules, the other six on the rules of commit 891bc78 before anything was read from them. Those rules lost one quote against the session-start rules on them (a bare "Prabowo" went to another Prabowo the article introduced), which the final rules (871b382) mend; q17 0.890/0.871/0.880, q18 0.944/0.929/0.936, q19 0.854/0.854/0.854, q20 0.917/0.917/0.917, q21 0.910/0.881/0.895, q22 0.833/0.826/0.829, q23 0.932/0.901/0.916, q24 0.988/0.953/0.970 on the final rules; together 0.906/0.890/0.898 against 0.905/0.888/0.897 on the session-start rules. All 24 detik rounds (576 articles, 2,391 quotes) on the session-start rules, every one of them unseen: span P/R 0.994/0.979, span+speaker 0.917/0.903/0.910',
  'detik-q25 to detik-q36 (288 more detik.com articles with quotes, 1,190 quotes) and blind-q211 to blind-q218 (192 more articles with quotes from the older sources, any news, 616 quotes): labelled early in the seventh session and held out until its quote rules were written, then scored on the final rules (commit 294eb87) before anything was read from them. Detik: q25 0.862/0.872/0.867, q26 0.924/0.907/0.915, q27 0.978/0.938/0.958, q28 0.955/0.944/0.950, q29 0.971/0.980/0.975, q30 0.949/0.938/0.943, q31 0.939/0.939/0.939, q32 0.940/0.940/0.940, q33 0.978/0.958/0.968, q34 0.971/0.962/0.967, q35 0.969/0.940/0.954, q36 0.887/0.887/0.887; together span P/R 0.997/0.987, span+speaker 0.943/0.934/0.938 against 0.927/0.918/0.922 on the session-start rules. Older sources: q211 0.861/0.850/0.855, q212 0.864/0.838/0.851, q213 0.923/0.867/0.894, q214 0.870/0.833/0.851, q215 0.900/0.871/0.885, q216 0.855/0.831/0.843, q217 0.968/0.953/0.961, q218 0.892/0.871/0.881; together span P/R 0.998/0.968, span+speaker 0.891/0.864/0.877 against 0.889/0.860/0.875',
  'blind-q219 to blind-q226 (192 more articles with quotes from the older sources, any news, 570 quotes): labelled while rules were written from q211 to q218 and the detik rounds, scored on the rules of commit 6cd2737 before anything was read from them: q219 0.949/0.904/0.926, q220 0.986/0.986/0.986, q221 0.902/0.887/0.894, q222 0.920/0.920/0.920, q223 0.930/0.892/0.910, q224 0.953/0.910/0.931, q225 0.903/0.890/0.897, q226 0.938/0.938/0.938; together span P/R 1.000/0.979, span+speaker 0.935/0.916/0.926 against 0.927/0.907/0.917 on the session-start rules. The two held-out sets from the older sources together (q211 to q226, 1,186 quotes, each on the rules of its moment): 0.913/0.889/0.900 against 0.907/0.883/0.895',
  'blind-q227 to blind-q234 (192 more articles with quotes from the older sources, any news, 591 quotes): labelled while rules were written from q219 to q226, scored on the rules of commit 054b9a4 before anything was read from them: q227 0.964/0.964/0.964, q228 0.914/0.914/0.914, q229 0.889/0.900/0.894, q230 0.946/0.921/0.933, q231 0.902/0.836/0.868, q232 0.886/0.824/0.854, q233 0.948/0.924/0.936, q234 0.952/0.937/0.944; together span P/R 0.991/0.968, span+speaker 0.925/0.904/0.914 against 0.917/0.895/0.906 on the session-start rules. The three held-out sets from the older sources together (q211 to q234, 1,777 quotes, each on the rules of its moment): 0.917/0.894/0.905 against 0.910/0.887/0.899',
  'blind-q235 to blind-q242 (192 more articles with quotes from the older sources, any news, 546 quotes): labelled after the session\'s last quote rule and scored on the final code (commit 3798f24) before anything was read from them: q235 0.958/0.945/0.952, q236 0.899/0.775/0.832, q237 0.908/0.868/0.887, q238 0.857/0.831/0.844, q239 0.862/0.800/0.830, q240 0.844/0.818/0.831, q241 0.825/0.813/0.819, q242 0.917/0.917/0.917; together span P/R 0.990/0.945, span+speaker 0.885/0.844/0.864 against 0.881/0.841/0.860 on the session-start rules. The four held-out sets from the older sources together (q211 to q242, 2,323 quotes, each on the rules of its moment): 0.909/0.882/0.896 against 0.904/0.876/0.890',
  'blind-q243 to blind-q250 (192 more articles with quotes from the older sources, any news, 573 quotes): labelled while the last rules were written from q235 to q242, scored on the final rules (commit cc815a6) before anything was read from them: q243 0.904/0.862/0.882, q244 0.897/0.884/0.891, q245 0.957/0.943/0.950, q246 0.968/0.924/0.946, q247 0.961/0.949/0.955, q248 0.950/0.919/0.934, q249 0.912/0.912/0.912, q250 0.985/0.918/0.950; together span P/R 0.996/0.967, span+speaker 0.941/0.913/0.926 against 0.932/0.902/0.917 on the session-start rules (same scorer). The five held-out sets from the older sources together (q211 to q250, 2,896 quotes, each on the rules of its moment): 0.916/0.888/0.902 against 0.911/0.883/0.896',
  'eighth session (2026-12-01): blind-q251 to blind-q258 (192 more articles with quotes from the older sources, any news, new sampling seed, 530 quotes): labelled at the start of the session and scored on its starting code (0d18ddb, the seventh session\'s final rules) before anything was read from them: q251 0.915/0.885/0.900, q252 0.901/0.889/0.895, q253 0.943/0.892/0.917, q254 0.949/0.875/0.911, q255 0.868/0.868/0.868, q256 0.889/0.873/0.881, q257 0.889/0.848/0.868, q258 0.929/0.929/0.929; together span P/R 0.984/0.955, span+speaker 0.911/0.883/0.897',
  'blind-q259 to blind-q266 (192 more articles with quotes from the older sources, any news, 572 quotes): labelled while the first rules of the session were written from q251 to q258, scored on the rules of commit 12f9109 before anything was read from them: q259 0.841/0.828/0.835, q260 0.934/0.891/0.912, q261 0.963/0.963/0.963, q262 0.806/0.771/0.788, q263 0.964/0.964/0.964, q264 0.900/0.818/0.857, q265 0.909/0.882/0.896, q266 0.902/0.796/0.846; together span P/R 0.996/0.949, span+speaker 0.903/0.860/0.881, the same as on the session-start rules (0.903/0.860/0.881)',
  'blind-q267 to blind-q274 (192 more articles with quotes from the older sources, any news, 525 quotes): labelled while the rules were written from q251 to q266, scored on the rules of commit 3514049 before anything was read from them: q267 0.922/0.843/0.881, q268 0.842/0.787/0.814, q269 0.939/0.902/0.920, q270 0.926/0.887/0.906, q271 0.859/0.847/0.853, q272 0.905/0.864/0.884, q273 0.879/0.866/0.872, q274 0.969/0.925/0.947; together span P/R 1.000/0.956, span+speaker 0.904/0.865/0.884 against 0.901/0.865/0.882 on the session-start rules',
  'blind-q275 to blind-q282 (192 more articles with quotes from the older sources, any news, 550 quotes): labelled while the rules were written from q251 to q274, scored on the rules of commit d65265f before anything was read from them: q275 0.910/0.859/0.884, q276 0.900/0.955/0.926, q277 0.900/0.900/0.900, q278 0.916/0.905/0.910, q279 0.894/0.857/0.875, q280 0.887/0.900/0.894, q281 0.924/0.910/0.917, q282 0.878/0.890/0.884; together span P/R 0.974/0.971, span+speaker 0.901/0.898/0.900 against 0.896/0.893/0.894 on the session-start rules',
];

const RELEVANCE_HISTORY = [
  'held-out (25) at first look: russia 1.000/0.857, us 1.000/0.800',
  'blind-b (92, labelled by three readers who never saw kabar) at first look: china 1.000/0.800, russia 1.000/0.750, us 0.947/0.750, triangle 1.000/0.167; on its 65 titled articles russia 1.000/0.833, us 1.000/0.933; its 27 IndoSum articles have no title',
  'blind-c (75, labelled the same way, measured after the blind-b fixes) at first look: china 1.000/0.667, russia 1.000/1.000, us 0.950/0.731, triangle 1.000/0.667; a second reader labelled blind-c on its own and agreed on all 75',
  'blind-d (73, labelled the same way, measured on the final rules) at first look: china 1.000/0.500 (2 positive), russia 1.000/0.714, us 0.833/0.652, no triangle; most misses are US policy felt elsewhere (visa fees, immigration raids, a US customs refusal) under a market or travel headline',
  'blind-e (80 articles drawn at random from unlabelled news naming China, Russia or the US) and blind-f (80 naming them at least three times), labelled on 2026-11-30 and scored on the rules of that morning; their errors were not read while rules changed that day. At first look: blind-e china 0.500/1.000 (1 positive), russia 1.000/1.000 (1), us 1.000/0.333 (6), triangle 0 of 1 found; blind-f china 1.000/0.667 (3), russia 1.000/0.667 (3), us 0.917/0.846 (26), triangle 0 of 1 found',
  'blind-e and blind-f again on the rules of the afternoon (commit 1aec2dd; fixes prompted by the earlier rounds only, before their errors were read): blind-e us 1.000/0.500 (3 of 6), blind-f russia 1.000/1.000, us 0.880/0.846 (22 of 26, 3 false); both rounds together us 25 right, 3 false, 7 missed against 24, 2 and 8 in the morning',
  'blind-g (80 articles naming China, Russia or the US at least three times, labelled on 2026-11-30 and held out until every rule of that day was written, commit e05e2ae) at first look: china 0.400/1.000 (2 positive, 3 false), russia 0.500/0.500 (2 positive), us 0.778/0.667 (21 positive), no triangle. The morning rules score exactly the same on it',
  'blind-h (80 articles drawn the same way, labelled after the blind-e to blind-g fixes and held out until they were done, commit 4eceef3) at first look: russia 1.000/1.000 (2 positive), us 0.762/0.727 (22 positive, 5 false), triangle 1 of 1, no china positive. The morning rules: us 0.750/0.682',
  'blind-i (80 articles: the last 41 unlabelled ones naming China, Russia or the US three times or more, and 39 naming them twice, commit f241c9b) at first look: russia 1.000/1.000 (1 positive), us 0.429/0.500 (6 positive, 4 false), china 0 of 1 found; the morning rules score the same',
  'the three fresh rounds together (blind-g to blind-i, 240 articles, each scored before its errors were read), us: P/R 0.717/0.673 (49 positive) on the day\'s rules against 0.711/0.653 on the morning\'s. These readers counted the Federal Reserve and US policy as market drivers as the US state more often than earlier readers did',
  'blind-j and blind-k (80 articles each naming China, Russia or the US at least three times, labelled on 2026-11-30 (fourth session) under a guide that now says outright that the Fed is a US agency and that a market story is the US state\'s when a state action — a Fed decision, a tariff, a president\'s order — is itself the news; commit 587a20d) at first look: both rounds together china 1.000/0.571 (7 positive), russia 1.000/0.909 (11), us 0.933/0.629 (89, counting blind-j once per reader), triangle 0 of 5 found. Two readers labelled blind-j on their own and agreed on 79 of 80 articles (us: 33 both, 1 one reader only), so the gap is kabar\'s, not the definition\'s. The Fed rule written before they were scored (an institution acting in the headline outweighs market words) changes nothing on them',
  'blind-l (80 articles naming China, Russia or the US at least three times) and blind-m (80 naming them twice), labelled under the same guide while the market rule was written from blind-b to blind-k and the corrected market labels, and scored before their errors were read (commit 3d00d5d): together china 0.667/0.400 (5 positive), russia 1.000/1.000 (3), us 0.853/0.806 (36), triangle 0 of 1 found. The session\'s starting rules (587a20d) on the same rounds: us 0.839/0.722, the rest the same',
  'blind-n (the last 76 unlabelled articles naming China or Russia at least twice), blind-o (the last 25 naming any of the three at least three times) and blind-p (80 naming them twice), labelled under the same guide and scored on the session\'s final relevance rules before their errors were read (commit after 3d00d5d: the FDA added to the US agencies): china no positive, russia 1 of 2 found, us 1.000/0.750 (20 positive, no false one in 181 articles), no triangle. The starting rules: us 1.000/0.700',
  'the fourth session\'s fresh rounds together (blind-j to blind-p, 501 articles, each scored on the rules of its moment before its errors were read, blind-j counted once): us 79 right, 8 false, 32 missed, P/R 0.908/0.712; china 5 right, 1 false, 5 missed; russia 11 right, 0 false, 2 missed; triangle 0 of 4 found',
  'fifth session: a learned layer (logistic weights over the rules\' evidence and the words of title and lead, config/relevance-model.json, written by npm run train:relevance) adds a country when it is confident; it never removes one and never overrides a title veto. Trained on 1,416 labels. 10-fold cross-validation on them, rules or layer: china 0.833/0.887, russia 0.964/0.920, us 0.889/0.892, against the rules alone at 0.895/0.823, 0.975/0.875, 0.910/0.823. Trained without blind-j to blind-p and scored on them (501 articles): china 0.857/0.600, russia 1.000/1.000, us 0.904/0.847, against the rules alone (which were tuned on them) at 0.833/0.500, 1.000/0.846, 0.914/0.766',
  'blind-q and blind-r (the last 82 unlabelled articles naming China, Russia or the US at least twice, labelled at the start of the fifth session under the same guide and scored before their errors were read, commit after 2c21c5c with the layer trained on 1,416 labels): us 6 right, 4 false, 2 missed (P/R 0.600/0.750; 8 positive), russia 1 of 1, no china or triangle positive; the rules alone: us 3 right, 2 false, 5 missed (0.600/0.375)',
  'the layer was then trained again on all 1,498 labels (blind-q and blind-r included), which set the thresholds china 0.95, russia 0.70, us 0.80 by cross-validation: rules or layer china 0.879/0.823, russia 0.976/0.910, us 0.892/0.900 (rules alone 0.895/0.823, 0.975/0.876, 0.905/0.812); trained without blind-j to blind-p and scored on them, us 0.890/0.874 and russia 1.000/1.000',
  'seventh session (2026-12-01): blind-s and blind-t, all 118 articles naming China, Russia or the US in detik-1000-entity-aspect-summ (detik.com, October 2025: a source and a month no rule had been written from), labelled by readers who never saw kabar and scored on the session-start code (10a00b2 with the layer trained on 1,498 labels) before their errors were read: us 28 right, 1 false, 1 missed (P/R 0.966/0.966, 29 positive); china 3 right, none false, 3 missed; no russia positive; triangle 1 of 3 found. The rules alone score the same\n',
  'the layer was then trained again on all 1,616 labels (blind-s and blind-t included; thresholds china 0.50, russia 0.60, us 0.90 by cross-validation): rules or layer china 0.853/0.853, russia 0.976/0.921, us 0.902/0.895 against the rules alone at 0.900/0.794, 0.975/0.876, 0.910/0.824',
  'later in the seventh session two rules were added from the older rounds (a leader amid words of private or celebrity life is a celebrity, not the state; title-cased adverbs and the lower-case "the Fed"), and the cross-validation now lets the layer add a country only where scoreRelevance lets it (no title veto, not celebrity news), as in production: rules or layer china 0.891/0.838, russia 0.976/0.921, us 0.922/0.900 against the rules alone at 0.900/0.794, 0.975/0.876, 0.936/0.824 (thresholds china 0.70, russia 0.60, us 0.80). The rules were written from these labels, so only the layer is cross-validated',
  'blind-u and blind-v: 120 articles drawn at random among the 720 unlabelled ones naming China, Russia or the US exactly once (older sources), labelled by readers who never saw kabar and scored on the final rules and layer (commit 294eb87) before their errors were read: nothing posted that should not be (0 false among 119 negatives); 1 China article missed (a Chinese police director who died after a 36-hour shift, which the reader counted as the state). The session-start code scores the same',
  'trained once more with blind-u and blind-v (1,736 labels), cross-validation picked lower thresholds (us 0.50) for rules or layer china 0.887/0.797, russia 0.965/0.921, us 0.902/0.924: more recall for much less precision, and the layer then tagged the US in an Iran story whose headline does not name it. train:relevance now picks the best F1 among thresholds that cost at most two points of the rules\' precision; after the China negative phrases (Universitas Peking, China Harbour) it ships thresholds china 0.60, russia 0.50, us 0.95: rules or layer china 0.932/0.797, russia 0.965/0.921, us 0.934/0.876 against the rules alone at 0.947/0.783, 0.975/0.876, 0.936/0.824',
  'eighth session (2026-12-01): 179 of the 1,736 labels are copies of another labelled text (the same story crawled on two or three days under new ids, or run by two outlets), and the cross-validation had put copies in different folds, so the layer was scored on articles it had been trained on. With copies kept in one fold: rules or layer china 0.948/0.797, russia 0.975/0.876 (the layer adds nothing), us 0.928/0.838 (10 more right, 3 more false), against the rules alone at 0.947/0.783, 0.975/0.876, 0.936/0.824. The threshold is now the highest whose F1 is within half a point of the best (china 0.70, russia 0.95, us 0.90): the US model at 0.80 leaned on "Iran" in a title, from June 2025 when the US struck Iran. On the 128 texts labelled more than once, by different readers, the labels differ in 7 (three of them on China in stories set against the US-China trade war)',
];
const f = (x: number) => x.toFixed(3);

if (!hasCorpus()) {
  console.log(`eval: skipped — no corpus at ${CORPUS} (the evaluations read ../shared/corpus at run time).`);
  process.exit(0);
}

const rows: Row[] = [];
const notes: string[] = [];
const k = loadKnowledge();

const relevance = runRelevanceEval(k);
for (const [cls, pr] of Object.entries(relevance.classes)) {
  rows.push(['relevance', `${cls} P / R (${pr.tp + pr.fn} positive), all rounds (the learned layer was trained on them)`, `${f(pr.precision)} / ${f(pr.recall)}`, '', '', 'in-sample']);
}
const rulesAlone = runRelevanceEval({ ...k, relevanceModel: undefined });
for (const [cls, pr] of Object.entries(rulesAlone.classes)) {
  rows.push(['relevance', `${cls} P / R, all rounds, rules alone`, `${f(pr.precision)} / ${f(pr.recall)}`, '', '', '']);
}
// The honest figures: articles the layer never saw (cross-validation; rounds held out of training) and
// fresh rounds scored before anything was changed for them (see RELEVANCE_HISTORY).
rows.push(['relevance', 'blind first look, seventh session: a new source (blind-s and -t: all 118 detik.com articles of Oct 2025 naming the three)', 'us 0.966/0.966 (29 positive), china 1.000/0.500 (6), triangle 1 of 3', 'rules alone the same', '≥0.95 / ≥0.95', 'us met; china, triangle MISSED']);
rows.push(['relevance', 'blind first look, seventh session\'s final code: articles naming a country once (blind-u and -v, 120 art.)', 'no false positive among 119 negatives; china 0 of 1', 'session-start code the same', '', 'measured']);
rows.push(['relevance', 'rules + learned layer, 10-fold cross-validation on all 1,736 labels, copies of one text in one fold (npm run train:relevance; gated as in production; thresholds cost at most 2 points of precision)', 'china 0.948/0.797, russia 0.975/0.876, us 0.928/0.838', 'rules alone: china 0.947/0.783, russia 0.975/0.876, us 0.936/0.824; folds that split copies (seventh session) had shown china 0.932/0.797, russia 0.965/0.921, us 0.934/0.876', '≥0.95 / ≥0.95', 'MISSED']);
rows.push(['relevance', 'layer trained without blind-j to -p, scored on them (501 art.)', 'china 0.857/0.600, russia 1.000/1.000, us 0.890/0.874', 'rules alone (tuned on them): china 0.833/0.500, russia 1.000/0.846, us 0.914/0.766', '≥0.95 / ≥0.95', 'MISSED']);
rows.push(['relevance', 'blind first look, fifth session (blind-q and -r, 82 art., 8 US positive)', 'russia 1 of 1, us 0.600/0.750', 'rules alone: us 0.600/0.375', '≥0.95 / ≥0.95', 'MISSED']);
rows.push(['relevance', 'blind first look, all fresh rounds of the fourth session (blind-j to -p, 501 art.)', 'china 0.833/0.500, russia 1.000/0.846, us 0.908/0.712', 'session-start rules: us 0.904/0.676', '≥0.95 / ≥0.95', 'MISSED']);
const pr = (x: { precision: number; recall: number; tp: number; fn: number; fp: number }) => (x.tp + x.fn + x.fp ? `${f(x.precision)}/${f(x.recall)}` : 'n/a');
for (const b of relevance.batches) {
  rows.push(['relevance', `  ${b.name} (${b.articles} art.): china, russia, us, triangle`, (['china', 'russia', 'us', 'triangle'] as const).map((c) => pr(b.classes[c])).join(', '), '', '', '']);
}
notes.push(`relevance: ${relevance.articles} labelled articles (eval/labels/relevance.json, ids and labels only); per-round rows are P/R`);
for (const line of RELEVANCE_HISTORY) notes.push(`relevance: ${line}`);

const quotes = runQuotesEval(k);
rows.push(['quotes', 'span P / R / F1', `${f(quotes.span.precision)} / ${f(quotes.span.recall)} / ${f(quotes.span.f1)}`, '', '', '']);
rows.push([
  'quotes',
  'span+speaker P / R / F1',
  `${f(quotes.spanSpeaker.precision)} / ${f(quotes.spanSpeaker.recall)} / ${f(quotes.spanSpeaker.f1)}`,
  '~0.92 F1 (best published)',
  'F1 ≥0.90',
  quotes.spanSpeaker.f1 >= 0.9 ? 'ok, all rounds' : 'MISSED',
]);
rows.push(['quotes', 'blind first look on the late rules (28d9eb3), news naming China, Russia or the US (q50 to q52; 195 quotes): span+speaker P / R / F1', '0.933 / 0.923 / 0.928', 'session-start rules 0.921 / 0.897 / 0.909', 'F1 ≥0.90', 'met, small sample']);
rows.push(['quotes', 'blind first look, seventh session: a new source (detik-q1 to -q24: 576 detik.com articles of Oct 2025; 2,391 quotes), all on the session-start rules', '0.917 / 0.903 / 0.910', 'q1 to q8 0.932 / 0.912 / 0.922; q9 to q16 0.916 / 0.908 / 0.912; q17 to q24 0.905 / 0.888 / 0.897; beat rounds q1 to q4 (341) 0.931 / 0.912 / 0.921', 'F1 ≥0.90', 'met']);
rows.push(['quotes', 'blind first look on the seventh session\'s final rules, detik.com (detik-q25 to -q36: 288 articles, 1,190 quotes held out until the rules were written)', '0.943 / 0.934 / 0.938', 'session-start rules 0.927 / 0.918 / 0.922', 'F1 ≥0.90', 'met']);
rows.push(['quotes', 'blind first look, seventh session, older sources, any news (q211 to q250: 960 articles, 2,896 quotes held out, each batch on the rules of its moment)', '0.916 / 0.888 / 0.902', 'session-start rules 0.911 / 0.883 / 0.896; batches of 192 articles 0.864 to 0.926 (F1); the last, q243 to q250 on the final rules, 0.926', 'F1 ≥0.90', 'at the target']);
rows.push(['quotes', 'blind first look, all fresh beat rounds of the fifth session (q34 to q52; 1,463 quotes, each on the rules of its moment)', '0.916 / 0.881 / 0.898', 'session-start rules 0.905 / 0.861 / 0.883', 'F1 ≥0.90', 'MISSED']);
rows.push(['quotes', 'blind first look, fifth session\'s final rules, any news with quotes (q71 to q82; 1,024 quotes)', '0.886 / 0.868 / 0.877', 'its session-start rules 0.866 / 0.847 / 0.856', 'F1 ≥0.90', 'MISSED']);
rows.push(['quotes', 'blind first look, sixth session, any news with quotes (q83 to q210; 9,339 quotes, each batch on the rules of its moment)', '0.888 / 0.865 / 0.876', 'session-start rules 0.879 / 0.852 / 0.865', 'F1 ≥0.90', 'MISSED']);
rows.push(['quotes', 'blind first look on the sixth session\'s final rules (q203 to q210; 613 quotes)', '0.874 / 0.847 / 0.860', 'session-start rules 0.869 / 0.837 / 0.853', 'F1 ≥0.90', 'MISSED']);
rows.push(['quotes', 'two readers on the same round (q20; 72 quotes): span+speaker F1 between them', '0.993', '', '', 'measured']);
for (const b of quotes.batches) {
  const x = b.spanSpeaker;
  rows.push(['quotes', `  ${b.name} (${b.articles} art., ${b.gold} quotes): span+speaker P / R / F1`, `${f(x.precision)} / ${f(x.recall)} / ${f(x.f1)}`, '', '', '']);
}
for (const line of QUOTES_HISTORY) notes.push(`quotes: ${line}`);
notes.push(`quotes: ${quotes.gold} gold quotes in ${quotes.articles} articles (eval/labels/quotes.json), ${quotes.predicted} extracted`);

const summary = runSummaryEval();
const sr = summary.kabar;
const lr = summary.lead3;
rows.push(['summary', 'ROUGE-1 / 2 / L F1', `${f(sr.r1)} / ${f(sr.r2)} / ${f(sr.rl)}`, `LEAD-3 ${f(lr.r1)} / ${f(lr.r2)} / ${f(lr.rl)}`, 'R-1 > LEAD-3', sr.r1 > lr.r1 ? 'ok' : 'MISSED']);
const same = summary.kabarSameLength;
rows.push(['summary', 'ROUGE-1 / 2 / L, cut to LEAD-3 length', `${f(same.r1)} / ${f(same.r2)} / ${f(same.rl)}`, `LEAD-3 ${f(lr.r1)} / ${f(lr.r2)} / ${f(lr.rl)}`, '', same.r1 > lr.r1 ? 'ok' : 'below']);
notes.push(
  `summary: ${summary.articles} IndoSum dev articles; mean chars kabar ${Math.round(summary.meanChars.kabar)}, LEAD-3 ${Math.round(summary.meanChars.lead3)}, reference ${Math.round(summary.meanChars.reference)}`,
);

const cluster = runClusterEval();
rows.push([
  'clustering',
  `same story P / R / F1 at ${cluster.threshold}`,
  `${f(cluster.atThreshold.precision)} / ${f(cluster.atThreshold.recall)} / ${f(cluster.atThreshold.f1)}`,
  `best F1 ${f(cluster.best.f1)} at ${cluster.best.threshold}`,
  'measured',
  '',
]);
notes.push(`clustering: ${cluster.pairs} labelled pairs (eval/labels/same-story.json); mean similarity same ${f(cluster.meanSimilarity.same)}, different ${f(cluster.meanSimilarity.different)}`);

// Figures owned by the other issues, included when their code is present.
try {
  const mod = (await import('./lib/extract-eval.ts')) as { runExtractEval?: () => Promise<Record<string, unknown> | undefined> };
  const ex = await mod.runExtractEval?.();
  if (ex) {
    const kabarF1 = Number(ex.kabarMeanF1);
    const readF1 = Number(ex.readabilityMeanF1);
    rows.push(['extraction', 'body token F1 (mean)', f(kabarF1), `Readability ${f(readF1)}`, '≥ Readability', kabarF1 >= readF1 ? 'ok' : 'below']);
    rows.push(['extraction', 'junk lines leaked', String(ex.junkLeaked), '', '0', Number(ex.junkLeaked) === 0 ? 'ok' : 'MISSED']);
  } else rows.push(['extraction', '(no figures)', '', '', '', 'skipped']);
} catch (err) {
  rows.push(['extraction', `(not available: ${(err as Error).message.split('\n')[0]!.slice(0, 60)})`, '', '', '', 'skipped']);
}
try {
  const { runTranslateCostEval } = await import('./translate-cost.ts');
  const tc = await runTranslateCostEval(100, () => {});
  if (tc) {
    rows.push(['translation', `chars sent / whole body per article (${tc.articles})`, `${tc.charsSentPerArticle} / ${tc.wholeBodyCharsPerArticle}`, '', '', '']);
    rows.push(['translation', 'share of whole-body characters (post: title, summary, 4 quotes)', `${(tc.ratio * 100).toFixed(2)}%`, '', '≤30%', tc.ratio <= 0.3 ? 'ok' : 'MISSED']);
    rows.push(['translation', 'share if /quotes then asked for every other quote', `${(tc.everyQuoteRatio * 100).toFixed(2)}%`, '', '', '']);
    rows.push(['translation', 'characters sent on a second run', String(tc.secondRunChars), '', '0', tc.secondRunChars === 0 ? 'ok' : 'MISSED']);
  } else rows.push(['translation', '(no figures)', '', '', '', 'skipped']);
} catch (err) {
  rows.push(['translation', `(not available: ${(err as Error).message.split('\n')[0]!.slice(0, 60)})`, '', '', '', 'skipped']);
}

printTable(['area', 'metric', 'kabar', 'peer / baseline', 'target', 'status'], rows);
for (const n of notes) console.log(`  ${n}`);
if (showErrors) {
  console.log('\nrelevance disagreements:');
  for (const e of relevance.errors) console.log(`  ${e}`);
  console.log('\nquote disagreements:');
  for (const e of quotes.errors) console.log(`  ${e}`);
}

function printTable(head: string[], body: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of body) console.log(line(r));
}
