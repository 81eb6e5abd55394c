/** A small dataset through the real loader, shared by the query tests (not the bundled data). */
import { loadTables, type Dataset } from '$lib/data';

const csv = (...lines: string[]): string => lines.join('\n');

/** Two conferences, five states, two themes, two initiatives, a user membership, and a disagreement. */
export function fixtureDataset(): Dataset {
  const { dataset, issues } = loadTables([
    {
      name: 'themes.csv',
      kind: 'themes',
      origin: 'bundled',
      text: csv(
        'id,label,colour,keywords,description',
        'cybercrime,Cybercrime,#aa3377,crime,Crime online',
        'capacity-building,Capacity building,#228833,capacity,Helping states build skills',
      ),
    },
    {
      name: 'conferences.csv',
      kind: 'conferences',
      origin: 'bundled',
      text: csv(
        'id,name,short_name,country,start_date,end_date,states,themes,source',
        'london-2011,London Conference on Cyberspace,London 2011,GBR,2011-11-01,2011-11-02,60,cybercrime,https://www.gov.uk/london',
        'seoul-2013,Seoul Conference on Cyberspace,Seoul 2013,KOR,2013-10-17,2013-10-18,87,capacity-building,https://www.mofa.go.kr/seoul',
      ),
    },
    {
      name: 'participation.csv',
      kind: 'participation',
      origin: 'bundled',
      text: csv(
        'conference,country,role,source',
        'london-2011,GBR,host,https://www.gov.uk/london',
        'london-2011,JPN,attendee,https://www.mofa.go.jp/a',
        'london-2011,EST,attendee,https://www.gov.uk/london',
        'seoul-2013,KOR,host,https://www.mofa.go.kr/seoul',
        'seoul-2013,JPN,attendee,https://www.mofa.go.jp/b',
        'seoul-2013,DEU,attendee,https://www.mofa.go.kr/seoul',
      ),
    },
    {
      name: 'initiatives.csv',
      kind: 'initiatives',
      origin: 'bundled',
      text: csv(
        'id,name,date,country,themes,conference,source',
        'gfce,Global Forum on Cyber Expertise,2015-04-16,NLD,capacity-building,,https://thegfce.org/about',
        'a4ai,Alliance for Affordable Internet,2013-10-07,NGA,capacity-building,seoul-2013,https://a4ai.org/x',
      ),
    },
    {
      name: 'claims.csv',
      kind: 'claims',
      origin: 'bundled',
      text: csv(
        'conference,measure,value,qualifier,source',
        'seoul-2013,states,87,exact,https://www.mofa.go.kr/seoul',
        'seoul-2013,states,90,more-than,https://news.example.org/seoul',
        'london-2011,states,60,about,https://www.gov.uk/london',
        'london-2011,states,60,about,https://news.example.org/london',
      ),
    },
    {
      name: 'my-members.csv',
      kind: 'memberships',
      origin: 'my-members.csv',
      text: csv('initiative,country,year,source', 'gfce,NLD,2015,https://thegfce.org/members'),
    },
  ]);
  if (issues.some((i) => i.severity === 'error')) throw new Error(JSON.stringify(issues));
  return dataset;
}
