/**
 * Name lists of the synthetic extract and of the demo directory: common French
 * surnames and first names, most frequent first (the generator draws them with
 * a Zipf-like skew), with accents, particles and compound names.
 */

const list = (text: string): readonly string[] =>
  text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');

export const surnames = list(`
  MARTIN, BERNARD, THOMAS, PETIT, ROBERT, RICHARD, DURAND, DUBOIS, MOREAU, LAURENT,
  SIMON, MICHEL, LEFEBVRE, LEROY, ROUX, DAVID, BERTRAND, MOREL, FOURNIER, GIRARD,
  BONNET, DUPONT, LAMBERT, FONTAINE, ROUSSEAU, VINCENT, MULLER, LEFÈVRE, FAURE, ANDRÉ,
  MERCIER, BLANC, GUÉRIN, BOYER, GARNIER, CHEVALIER, FRANÇOIS, LEGRAND, GAUTHIER, GARCIA,
  PERRIN, ROBIN, CLÉMENT, MORIN, NICOLAS, HENRY, ROUSSEL, MATHIEU, GAUTIER, MASSON,
  MARCHAND, DUVAL, DENIS, DUMONT, MARIE, LEMAIRE, NOËL, MEYER, DUFOUR, MEUNIER,
  BRUN, BLANCHARD, GIRAUD, JOLY, RIVIÈRE, LUCAS, BRUNET, GAILLARD, BARBIER, ARNAUD,
  MARTINEZ, GÉRARD, ROCHE, RENARD, SCHMITT, ROY, LEROUX, COLIN, VIDAL, CARON,
  PICARD, ROGER, FABRE, AUBERT, LEMOINE, RENAUD, DUMAS, LACROIX, OLIVIER, PHILIPPE,
  BOURGEOIS, PIERRE, BENOIT, REY, LECLERC, PAYET, ROLLAND, LECLERCQ, GUILLAUME, LECOMTE,
  LOPEZ, JEAN, DUPUY, GUILLOT, HUBERT, BERGER, CARPENTIER, SANCHEZ, DUPUIS, MOULIN,
  LOUIS, DESCHAMPS, HUET, VASSEUR, PEREZ, BOUCHER, FLEURY, ROYER, KLEIN, JACQUET,
  ADAM, PARIS, POIRIER, MARTY, AUBRY, GUYOT, CARRÉ, CHARLES, RENAULT, CHARPENTIER,
  MÉNARD, MAILLARD, BARON, BERTIN, BAILLY, HERVÉ, SCHNEIDER, FERNANDEZ, LE GALL, COLLET,
  LÉGER, BOUVIER, JULIEN, PRÉVOST, MILLET, PERROT, DANIEL, LE ROUX, COUSIN, GERMAIN,
  BRETON, BESSON, LANGLOIS, RÉMY, LE GOFF, PELLETIER, LÉVÊQUE, PERRIER, LEBLANC, BARRÉ,
  LEBRUN, MARCHAL, WEBER, MALLET, HAMON, BOULANGER, JACOB, MONNIER, MICHAUD, RODRIGUEZ,
  GUICHARD, GILLET, ÉTIENNE, GRONDIN, POULAIN, TESSIER, CHEVALLIER, COLLIN, CHAUVIN, DA SILVA,
  BOUCHET, GAY, LEMAÎTRE, BENARD, MARÉCHAL, HUMBERT, REYNAUD, ANTOINE, HOARAU, PERRET,
  BARTHÉLÉMY, CORDIER, PICHON, LEJEUNE, GILBERT, LAMY, DELAUNAY, PASQUIER, CARLIER, LAPORTE,
  DE OLIVEIRA, DOS SANTOS, FERREIRA, RODRIGUES, PEREIRA, ALVES, GOMES, N'DIAYE, DIALLO, TRAORÉ,
  DIOP, KONATÉ, COULIBALY, CAMARA, BENALI, HADDAD, MANSOURI, BOUAZIZ, CHERIF, BENSAÏD,
  NGUYEN, TRAN, LE, PHAM, HOANG, CHEN, WANG, ZHANG, LI, LIU,
  D'ALMEIDA, DE LA FONTAINE, DU PONT, SAINT-MARTIN, LE BRIS, LE CORRE, KERVELLA, LE BIHAN, TANGUY, QUÉRÉ,
  BEAUMONT, BELLANGER, BERTHELOT, BIGOT, BLONDEL, BOIS, BOUTIN, BRIAND, BRUNEAU, BUISSON,
  CAMUS, CHARRIER, CHAUVET, CHRISTOPHE, COUTURIER, DELMAS, DIDIER, DROUET, DUBREUIL, DUCHÊNE,
  ÉVRARD, FERRAND, FOUCHER, FRANÇOIS-DUVAL, GABRIEL, GEORGES, GODARD, GRENIER, GUILLET, HÉBERT,
  HUGUET, JOUBERT, LAINÉ, LAUNAY, LEBON, LECOQ, LEFORT, LEGER, LELIÈVRE, LEMOINE-DURAND,
  LESAGE, LÉVY, LOISEAU, MAHÉ, MARIN, MARTEL, MAURY, MILLOT, NAUD, OLLIVIER,
  PARADIS, PARANQUE, PARDIES, PARENT, PASCAL, PAUL, PAVARD, PERON, PHILIPPON, PIERRON,
  POTIER, POULET, PRUNIER, RAYNAUD, RIBEIRO, RIOU, ROBERT-MARTIN, ROCHER, SALMON, SAUVAGE,
  THIBAULT, TOUSSAINT, VALLÉE, VERDIER, VIAL, VIGNERON, VOISIN, WAGNER, WEISS, ZIMMERMANN
`);

export const femaleFirstNames = list(`
  Marie, Nathalie, Isabelle, Sylvie, Catherine, Françoise, Sandrine, Christine, Valérie, Véronique,
  Sophie, Stéphanie, Céline, Anne, Julie, Aurélie, Caroline, Émilie, Camille, Laure,
  Hélène, Claire, Élodie, Virginie, Laurence, Patricia, Karine, Sabrine, Delphine, Audrey,
  Marion, Pauline, Charlotte, Léa, Manon, Chloé, Sarah, Laura, Mathilde, Lucie,
  Anaïs, Clémence, Justine, Morgane, Élise, Agnès, Béatrice, Brigitte, Chantal, Corinne,
  Danielle, Dominique, Florence, Geneviève, Jacqueline, Josiane, Martine, Michèle, Monique, Nadine,
  Pascale, Sabine, Sylviane, Annie, Fabienne, Hélène-Marie, Marie-Claire, Marie-Pierre, Anne-Sophie, Marie-Christine,
  Zoé, Inès, Océane, Noémie, Maëlle, Lina, Amandine, Alexandra, Aurore, Bérénice,
  Fatima, Nadia, Leïla, Samira, Amina, Yasmine, Aïcha, Mariama, Linh, Mei,
  Philippine, Philomène, Paule, Paulette, Perrine, Pénélope, Jeanne, Joséphine, Margaux, Solène
`);

export const maleFirstNames = list(`
  Jean, Philippe, Michel, Alain, Patrick, Nicolas, Christophe, Pierre, Christian, Éric,
  Frédéric, Laurent, Stéphane, David, Pascal, Daniel, Olivier, Julien, Thierry, Sébastien,
  Thomas, Jérôme, François, Bernard, Didier, Vincent, Bruno, Guillaume, Antoine, Maxime,
  Alexandre, Mathieu, Romain, Benoît, Fabrice, Franck, Gilles, Hervé, Jacques, Marc,
  Yves, Serge, Dominique, Gérard, André, René, Claude, Denis, Emmanuel, Cédric,
  Jean-Pierre, Jean-Claude, Jean-Luc, Jean-François, Jean-Marc, Jean-Michel, Pierre-Yves, Paul-Henri, Marc-Antoine, Jean-Baptiste,
  Hugo, Lucas, Louis, Arthur, Théo, Nathan, Raphaël, Gabriel, Léo, Adrien,
  Clément, Quentin, Florian, Kévin, Anthony, Jonathan, Loïc, Yann, Gaël, Maël,
  Karim, Mehdi, Mohamed, Rachid, Youssef, Samir, Moussa, Mamadou, Minh, Wei,
  Philibert, Phil, Pacôme, Pascal-Henri, Noël, Joël, Joachim, Hippolyte, Baptiste, Timothée
`);

/**
 * Index drawn from `count` items ranked by frequency (Zipf-like: weight
 * 1 / (rank + 8)), given a uniform number in [0, 1).
 */
export function zipfPicker(count: number): (uniform: number) => number {
  const cumulative = new Float64Array(count);
  let total = 0;
  for (let rank = 0; rank < count; rank++) {
    total += 1 / (rank + 8);
    cumulative[rank] = total;
  }
  return (uniform) => {
    const target = uniform * total;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((cumulative[mid] ?? total) < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}
